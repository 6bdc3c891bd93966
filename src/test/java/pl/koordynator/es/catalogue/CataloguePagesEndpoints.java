package pl.koordynator.es.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The signed-in catalogue pages in the role matrix: offers for ROPS, OWES and PES, the review
 * queue for ROPS and OWES, the inquiries for a PES, their counts for ROPS. {@code 999999} is no
 * offer or inquiry: a role the URL rules let through gets 404 (or the form back), never 401/403.
 */
public final class CataloguePagesEndpoints {

    private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.PES);
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.ADMIN, Role.OWES);
    private static final Set<Role> PES = EnumSet.of(Role.PES);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/oferty", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/oferty/podmioty?q=Sp", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/oferty/nowa", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/oferty/999999", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/oferty/999999/edytuj", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty/999999", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty/999999/zglos", false, WRITERS),
            Endpoint.page(HttpMethod.POST, "/oferty/999999/wycofaj", false, WRITERS),
            Endpoint.page(HttpMethod.GET, "/oferty/do-akceptacji", false, REVIEWERS),
            Endpoint.page(HttpMethod.POST, "/oferty/do-akceptacji/999999/opublikuj", false, REVIEWERS),
            Endpoint.page(HttpMethod.POST, "/oferty/do-akceptacji/999999/zwroc", false, REVIEWERS),
            Endpoint.page(HttpMethod.GET, "/zapytania", false, PES),
            Endpoint.page(HttpMethod.POST, "/zapytania/999999/wynik", false, PES),
            Endpoint.page(HttpMethod.GET, "/zapytania/statystyki", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/zapytania/statystyki/eksport.csv", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/zapytania/statystyki/eksport.xlsx", false, ADMIN));

    private CataloguePagesEndpoints() {
    }
}
