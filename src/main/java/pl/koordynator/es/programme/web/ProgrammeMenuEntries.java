package pl.koordynator.es.programme.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The programme's group: the monitoring pages (ROPS, OWES, the committee), the public progress
 * page (everyone), ROPS's approval queue; the thresholds with the other settings. The URL rules
 * decide who sees which.
 */
@Component
class ProgrammeMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.PROGRAMME, 10, "programme.menu.monitoring", "/programme"),
            new MenuEntry(MenuGroup.PROGRAMME, 20, "programme.menu.progress", "/programme/progress"),
            new MenuEntry(MenuGroup.PROGRAMME, 30, "programme.menu.approvals", "/admin/programme/approvals"),
            new MenuEntry(MenuGroup.ADMINISTRATION, 45, "programme.menu.settings", "/admin/programme/settings"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
