package pl.koordynator.es.reintegration;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * Role-matrix rows of the units' places ({@code 999999} is no organisation: an allowed role gets 404, never
 * 401/403). Reading is public; changing is for PES users (the service lets only the unit's own through) and
 * ROPS.
 */
public final class ReintegrationCapacityEndpoints {

    private static final java.util.Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.PES);
    private static final String LINES = "{\"version\":0,\"lines\":[{\"programme\":\"Zatrudnienie socjalne\","
            + "\"places\":10,\"occupied\":5,\"waiting\":0}]}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/reintegration/capacity"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/reintegration/capacity/999999"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/reintegration/capacity/999999", EDITORS, LINES),
            Endpoint.page(HttpMethod.GET, "/reintegracja/wolne-miejsca", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja/miejsca", false, EDITORS),
            Endpoint.page(HttpMethod.GET, "/reintegracja/miejsca/999999", false, EDITORS),
            Endpoint.page(HttpMethod.POST, "/reintegracja/miejsca/999999", false, EDITORS));

    private ReintegrationCapacityEndpoints() {
    }
}
