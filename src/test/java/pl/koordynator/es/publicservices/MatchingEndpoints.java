package pl.koordynator.es.publicservices;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The rows of the role matrix of matching PES to opportunities (API and pages). {@code 999999} is no
 * procurement or task: a role the URL rules let through gets 404 (or, on the opportunities page's forms,
 * 400 for the missing fields or the page back), never 401/403. The matrix's users belong to no
 * organisation; with their organisations the scoping is tried in MatchingTest.
 */
public final class MatchingEndpoints {

    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.PARTNER, Role.OWES, Role.PES);
    private static final Set<Role> FOLLOWERS = EnumSet.of(Role.OWES, Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/procurements/999999/matches", READERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/public-tasks/999999/matches", READERS, null),
            Endpoint.page(HttpMethod.GET, "/zamowienia/999999/dopasowania", false, READERS),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/999999/dopasowania", false, READERS),
            Endpoint.page(HttpMethod.GET, "/zamowienia/okazje", false, FOLLOWERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/okazje/oferta", false, FOLLOWERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/okazje/powiadomienia", false, FOLLOWERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/okazje/zdolnosci", false, EnumSet.of(Role.PES)));

    private MatchingEndpoints() {
    }
}
