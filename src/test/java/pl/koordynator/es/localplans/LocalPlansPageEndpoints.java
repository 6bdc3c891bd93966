package pl.koordynator.es.localplans;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The rows of the role matrix of the plan list, plan, form and document pages: every signed-in role
 * reads, ROPS, PARTNER and OWES accounts write (which plan, the service decides). {@code 999999} is no
 * plan and no document: an allowed role gets 404 (or the form back with its problems), never 401/403.
 * The matrix's PARTNER and OWES act for no organisation; with one they are tried in LocalPlanPagesTest.
 */
public final class LocalPlansPageEndpoints {

    private static final Set<Role> AUTHORS = EnumSet.of(Role.ADMIN, Role.PARTNER, Role.OWES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/plany-lokalne", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne?status=ADOPTED&powiat=2205&q=plan&page=1", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne.csv", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne.xlsx?status=IN_PREPARATION", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/nowy", false, AUTHORS),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/nowy", false, AUTHORS),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/edycja", false, AUTHORS),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/999999/edycja", false, AUTHORS),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/999999/dokumenty", false, AUTHORS),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/dokumenty/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/plany-lokalne/999999/dokumenty/999999/usun", false, AUTHORS));

    private LocalPlansPageEndpoints() {
    }
}
