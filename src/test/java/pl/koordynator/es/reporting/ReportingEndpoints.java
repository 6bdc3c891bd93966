package pl.koordynator.es.reporting;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The reporting module's rows of the role matrix. The matrix's users belong to no organisation,
 * so an OWES account here reports for no OWES and is refused like PES, partners and the
 * committee; OWES users with their OWES are tried in ReportingApiTest and ReportPagesTest.
 * {@code 999999} is no report: ADMIN gets 404 (never 401/403).
 */
public final class ReportingEndpoints {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.COMMITTEE);
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/reporting/summary", false, READERS),
            Endpoint.page(HttpMethod.GET, "/reporting/summary.xlsx", false, READERS),
            Endpoint.page(HttpMethod.GET, "/reporting/summary.pdf", false, READERS),
            Endpoint.page(HttpMethod.GET, "/reporting", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/reporting/reports/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/check", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/approve", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/return", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/reopen", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/attachments", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/reporting/reports/999999/attachments/1", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/reporting/reports/999999/attachments/1/delete", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/reporting/templates", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/reporting/templates/new", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/reporting/templates/OWES_QUARTERLY", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/reporting/templates", false, ADMIN),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/templates", READERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/templates/OWES_QUARTERLY", READERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/templates", ADMIN, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/reports", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/reports", ADMIN,
                    "{\"owesId\":999999,\"templateCode\":\"OWES_QUARTERLY\",\"period\":\"2025Q1\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/reports/999999", ADMIN, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/reporting/reports/999999/values", ADMIN, "{\"values\":{}}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/reports/999999/submit", ADMIN, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/reports/999999/approve", ADMIN, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/reports/999999/return", ADMIN, "{\"comment\":\"Popraw\"}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/reporting/reports/999999/reopen", ADMIN, "{\"comment\":\"Błąd\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025&level=region",
                    READERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025&include=submitted",
                    ADMIN, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/reporting/completeness?template=OWES_QUARTERLY&period=2025Q1",
                    REVIEWERS, null));

    private ReportingEndpoints() {
    }
}
