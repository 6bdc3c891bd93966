package pl.koordynator.es.localplans;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The plan and document API's rows of the role matrix (core). {@code 999999} is no plan: an allowed role
 * gets 404 or 400, a refused one is stopped before the lookup. The matrix's PARTNER and OWES act for no
 * organisation; with one they are tried in LocalPlansApiTest.
 */
public final class LocalPlansEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.PARTNER, Role.OWES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/local-plans", WRITERS, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/local-plans/999999?version=0", WRITERS, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/local-plans/999999/documents", WRITERS, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans/999999/documents/1", EVERYONE, null),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/local-plans/999999/documents/1", WRITERS, null));

    private LocalPlansEndpoints() {
    }
}
