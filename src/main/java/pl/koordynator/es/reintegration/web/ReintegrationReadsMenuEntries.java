package pl.koordynator.es.reintegration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The read log of referrals, beside the audit trail in administration (ROPS only, by the URL rules). */
@Component
class ReintegrationReadsMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 72, "reintegrationreads.menu", "/admin/reintegracja/odczyty"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
