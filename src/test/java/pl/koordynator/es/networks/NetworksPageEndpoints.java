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
 * The networks pages' rows of the role matrix. The matrix's users belong to no organisation, so
 * only ROPS enters ties and posts on the board; the tie list opens for every account (the menu offers
 * it to all) and is empty for one acting for no organisation (tried with organisations in NetworkPagesTest).
 * {@code 999999} is no network, tie or post: a role the page lets through gets 404, never 401/403.
 */
public final class NetworksPageEndpoints {

    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.COMMITTEE);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/networks", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/organisations?q=Sp", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/networks/999999/members", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/networks/999999/members/999998/leave", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/networks/999999/meetings", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/admin/networks/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/networks", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/networks/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/networks/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/networks/999999/documents", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/999999/documents/999998", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/networks/999999/documents/999998/delete", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/graph", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/graph.csv", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/graph.graphml", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/report.pdf", false, REPORT_READERS),
            Endpoint.page(HttpMethod.GET, "/networks/report.xlsx", false, REPORT_READERS),
            Endpoint.page(HttpMethod.GET, "/networks/ties", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/ties/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/networks/ties", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/networks/ties/999999/confirm", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/networks/offers", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/networks/offers/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/networks/offers", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/networks/offers/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/networks/offers/999999/close", false, EVERYONE));

    private NetworksPageEndpoints() {
    }
}
