package pl.koordynator.es.publicservices;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The procurement and public task API's rows of the role matrix (core). {@code 999999} is no
 * procurement and no task: an allowed role gets 404 or 400, a refused one is stopped before the
 * lookup. The matrix's PARTNER acts for no institution; with one it is tried in ProcurementAccessTest.
 */
public final class PublicServicesEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.PARTNER);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/procurements", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/procurements/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/procurements", WRITERS, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/procurements/999999?version=0", WRITERS, "{}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/procurements/999999", WRITERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/public-tasks", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/public-tasks/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/public-tasks", WRITERS, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/public-tasks/999999?version=0", WRITERS, "{}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/public-tasks/999999", WRITERS, null));

    private PublicServicesEndpoints() {
    }
}
