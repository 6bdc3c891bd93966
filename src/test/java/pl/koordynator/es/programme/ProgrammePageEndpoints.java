package pl.koordynator.es.programme;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The programme's pages and report downloads in the role matrix: monitoring for ROPS, the OWES and
 * the committee; manual values for ROPS and the OWES; approvals, thresholds and imports for ROPS;
 * the public progress for everyone. {@code 999999} is no programme, indicator or value: an allowed
 * caller gets 404, never a refusal.
 */
public final class ProgrammePageEndpoints {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.COMMITTEE);
    private static final Set<Role> ENTERERS = EnumSet.of(Role.ADMIN, Role.OWES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/programme", false, READERS),
            Endpoint.page(HttpMethod.GET, "/programme/999999", false, READERS),
            Endpoint.page(HttpMethod.GET, "/programme/999999/report.pdf?year=2025", false, READERS),
            Endpoint.page(HttpMethod.GET, "/programme/999999/report.xlsx?year=2025", false, READERS),
            Endpoint.page(HttpMethod.GET, "/programme/indicators/999999", false, READERS),
            Endpoint.page(HttpMethod.GET, "/programme/indicators/999999/values", false, ENTERERS),
            Endpoint.page(HttpMethod.POST, "/programme/indicators/999999/values", false, ENTERERS),
            Endpoint.page(HttpMethod.GET, "/programme/progress", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/programme/progress/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/admin/programme/approvals", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/approvals/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/settings", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/settings", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/999999/import", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/import", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/999999/indicators/new?nodeId=999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/indicators", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/indicators/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/indicators/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/999999/nodes/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/nodes", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/999999/nodes/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/nodes/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/organisations?q=sp", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/programme/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/in-force", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/programme/999999/versions", false, ADMIN),
            Endpoint.api(HttpMethod.GET, "/api/v1/programme/report.pdf?programmeId=999999&year=2025", READERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/programme/report.xlsx?programmeId=999999&year=2025", READERS, null));

    private ProgrammePageEndpoints() {
    }
}
