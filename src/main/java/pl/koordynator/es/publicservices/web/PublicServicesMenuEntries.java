package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** Procurements with social clauses and public tasks, in the cooperation group, for every signed-in role. */
@Component
class PublicServicesMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 50, "publicservices.pages.menu.procurements", "/zamowienia"),
            new MenuEntry(MenuGroup.COOPERATION, 52, "publicservices.pages.menu.tasks", "/zadania-publiczne"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
