package pl.koordynator.es.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The support module's rows of the role matrix. The matrix's users belong to no organisation,
 * so of them only ADMIN reads and writes records: an OWES or PES account without its organisation
 * is refused like the committee and partners. OWES and PES users with their organisation are
 * tried in SupportApiTest and SupportPagesTest. The supported-PES counts are also read by the
 * committee (without names), and by the staff of an open OWES (their own; SupportApiTest).
 * {@code 999999} is no record and no PES: ADMIN gets 404.
 */
public final class SupportEndpoints {

    private static final Set<Role> COUNT_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE);
    private static final String RECORD = "{\"adviser\":\"Anna Kowalska\"}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/support", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/export.xlsx", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/pes/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/new", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/organisations?q=Sp", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/support", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/support/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/support/999999/delete", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/support/999999/delete", false, ADMIN),
            Endpoint.api(HttpMethod.GET, "/api/v1/support/records", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/support/records", ADMIN, RECORD),
            Endpoint.api(HttpMethod.GET, "/api/v1/support/records/999999", ADMIN, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/support/records/999999", ADMIN, RECORD),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/support/records/999999", ADMIN, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/support/supported-pes?period=2025Q1", COUNT_READERS, null));

    private SupportEndpoints() {
    }
}
