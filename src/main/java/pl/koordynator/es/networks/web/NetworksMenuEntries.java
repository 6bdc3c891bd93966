package pl.koordynator.es.networks.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** Networks, ties, the offers board and the graph: the first pages of the cooperation group. */
@Component
class NetworksMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 10, "menu.networks", "/networks"),
            new MenuEntry(MenuGroup.COOPERATION, 20, "menu.networks.ties", "/networks/ties"),
            new MenuEntry(MenuGroup.COOPERATION, 30, "menu.networks.offers", "/networks/offers"),
            new MenuEntry(MenuGroup.COOPERATION, 40, "menu.networks.graph", "/networks/graph"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
