package pl.koordynator.es.territory.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** TERYT units, boundaries and subregions. */
@Component
class TerritoryMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 10, "layout.nav.territory", "/admin/territory"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
