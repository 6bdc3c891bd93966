package pl.koordynator.es.localplans.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The local plans, in the programme group (where the region is going), for every signed-in role. */
@Component
class LocalPlansMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.PROGRAMME, 70, "localplans.pages.menu.plans", "/plany-lokalne"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
