package pl.koordynator.es.networks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The networks module's API rows of the role matrix (the pages' rows are in the pages' own list).
 * The matrix's users belong to no organisation: of them ROPS enters ties and posts offers, ROPS
 * and the committee read ties; networks are changed by ROPS or their coordinator, so any account
 * reaches those URLs and the service decides (999999 is no network: 404). OWES, PES and partner
 * users with their organisation are tried in TiesApiTest.
 */
public final class NetworksEndpoints {

    private static final Set<Role> TIE_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE);

    public static final List<Endpoint> API = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks/999999/members"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks/999999/meetings"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks/graph?year=2025"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/networks/graph.graphml?year=2025"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/ties/measures?year=2025&level=powiat"),
            Endpoint.api(HttpMethod.POST, "/api/v1/networks", ADMIN, "{}"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/networks/999999", EVERYONE, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/networks/999999/members", EVERYONE, "{}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/networks/999999/members/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/networks/999999/meetings", EVERYONE, "{\"eventId\":1}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/networks/999999/meetings/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/ties", TIE_READERS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/ties", ADMIN, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/ties/999999", TIE_READERS, null),
            Endpoint.api(HttpMethod.PUT, "/api/v1/ties/999999", ADMIN, "{}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/ties/999999/confirm", ADMIN, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/networks/offers", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/networks/offers", ADMIN, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/networks/offers/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/networks/offers/999999/matches", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/networks/offers/999999/close", EVERYONE, "{\"ledToTie\":false}"));

    public static final List<Endpoint> ALL = API;

    private NetworksEndpoints() {
    }
}
