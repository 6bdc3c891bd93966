package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** "Okazje dla mnie" in the cooperation group, where public services with social clauses belong; PES and OWES only. */
@Component
class MatchingMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 75, "publicservices.matching.menu.opportunities", "/zamowienia/okazje"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
