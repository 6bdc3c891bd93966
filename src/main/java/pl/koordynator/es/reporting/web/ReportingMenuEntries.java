package pl.koordynator.es.reporting.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reporting.domain.ReportAccess;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The reports and the regional summary with the OWES's other work; the templates are ROPS's.
 * The staff of a closed OWES (or an OWES account with no OWES) pass the URL rules of the reports
 * but have none to open, so that entry is left out for them.
 */
@Component
class ReportingMenuEntries implements MenuEntries {

    private static final MenuEntry REPORTS = new MenuEntry(MenuGroup.OWES_SUPPORT, 10, "reporting.nav", "/reporting");
    private static final List<MenuEntry> OTHERS = List.of(
            new MenuEntry(MenuGroup.OWES_SUPPORT, 20, "menu.reportingSummary", "/reporting/summary"),
            new MenuEntry(MenuGroup.ADMINISTRATION, 40, "layout.nav.reportingTemplates", "/admin/reporting/templates"));
    private static final List<MenuEntry> ALL = List.of(REPORTS, OTHERS.get(0), OTHERS.get(1));

    private final ReportAccess access;

    ReportingMenuEntries(ReportAccess access) {
        this.access = access;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return access.mayReport() ? ALL : OTHERS;
    }
}
