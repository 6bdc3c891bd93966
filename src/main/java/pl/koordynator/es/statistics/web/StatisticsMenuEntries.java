package pl.koordynator.es.statistics.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The indicator catalogue and the statistics import. */
@Component
class StatisticsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 20, "layout.nav.statistics", "/admin/statistics"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
