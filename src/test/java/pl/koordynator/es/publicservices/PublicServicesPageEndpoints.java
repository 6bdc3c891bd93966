package pl.koordynator.es.publicservices;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The rows of the role matrix of the procurement and public task pages: every signed-in role reads,
 * ROPS and PARTNER write, only ROPS picks a buyer. {@code 999999} is no procurement and no task: an
 * allowed role gets 404 (or the form back), never 401/403. The matrix's PARTNER acts for no
 * institution; with one it is tried in ProcurementPagesTest.
 */
public final class PublicServicesPageEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.PARTNER);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/zamowienia", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zamowienia?year=2025&withClauses=true&open=true", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zamowienia/eksport?format=csv", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zamowienia/zamawiajacy?q=Gm", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/zamowienia/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zamowienia/nowe", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/zamowienia/999999/edycja", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/999999", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zamowienia/999999/usun", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/eksport?format=xlsx", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/jst?q=Gm", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/999999", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/nowe", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zadania-publiczne", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/zadania-publiczne/999999/edycja", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zadania-publiczne/999999", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/zadania-publiczne/999999/usun", false, WRITERS));

    private PublicServicesPageEndpoints() {
    }
}
