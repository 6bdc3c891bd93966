package pl.koordynator.es.map.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The map of resources and needs; the weights of its priority index are ROPS's. */
@Component
class MapMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.REGISTER, 20, "menu.map", "/map"),
            new MenuEntry(MenuGroup.ADMINISTRATION, 30, "layout.nav.priorityWeights", "/admin/map/weights"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
