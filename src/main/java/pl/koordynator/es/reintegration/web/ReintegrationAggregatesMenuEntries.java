package pl.koordynator.es.reintegration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The statistics of referrals and the cooperation map, in the cooperation group; for signed-in users. */
@Component
class ReintegrationAggregatesMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.COOPERATION, 86, "reintegration.agg.menu.statistics", "/reintegracja/statystyki"),
            new MenuEntry(MenuGroup.COOPERATION, 87, "reintegration.agg.menu.cooperation", "/reintegracja/wspolpraca"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
