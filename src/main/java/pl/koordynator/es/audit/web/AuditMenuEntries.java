package pl.koordynator.es.audit.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/** The audit trail. */
@Component
class AuditMenuEntries implements MenuEntries {

    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry(MenuGroup.ADMINISTRATION, 70, "layout.nav.audit", "/admin/audit"));

    @Override
    public List<MenuEntry> menuEntries() {
        return ENTRIES;
    }
}
