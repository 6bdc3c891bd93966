package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** Social clauses belong with the cooperation between institutions and PES. */
@Component
class ClauseMeasuresMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 55, "publicservices.measures.nav", "/klauzule-spoleczne"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
