package pl.koordynator.es.localplans.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The coverage of the region by local plans, in the programme group, beside the plans; open to visitors. */
@Component
class LocalPlanCoverageMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.PROGRAMME, 72, "localplans.cov.menu", "/plany-lokalne/pokrycie"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
