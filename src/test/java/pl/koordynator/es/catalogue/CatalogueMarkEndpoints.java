package pl.koordynator.es.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The mark's rows of the role matrix. The list of valid marks is public; a PES or an OWES applies
 * and withdraws; the board's reads and votes pass the URL rules for every signed-in user (the
 * function goes to users of any role) and the service lets only board members through, so a fresh
 * account of another role gets 403 from it and only ADMIN (on the board by role) is allowed;
 * ROPS decides, revokes and names the board. The evidence PDF is sent by the applicant and read by
 * the applicant or the board (the API's download, like an application's reading, answers 404 to
 * anyone else past the rules). {@code 999999} is no application or licence: 404 past
 * the rules.
 */
public final class CatalogueMarkEndpoints {

    private static final Set<Role> APPLICANTS = EnumSet.of(Role.PES, Role.OWES);

    public static final List<Endpoint> API = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/marks"),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks", APPLICANTS, "{}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/marks/applications", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/marks/applications/999999", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/applications/999999/votes", ADMIN,
                    "{\"choice\":\"FOR\"}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/applications/999999/decision", ADMIN,
                    "{\"grant\":true}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/applications/999999/withdrawal", APPLICANTS, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/applications/999999/evidence", APPLICANTS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/marks/applications/999999/evidence", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/licences/999999/revocation", ADMIN,
                    "{\"reason\":\"x\"}"),
            Endpoint.api(HttpMethod.GET, "/api/v1/catalogue/marks/board", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/catalogue/marks/board", ADMIN, "{}"),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/catalogue/marks/board/999999", ADMIN, null));

    public static final List<Endpoint> PAGES = List.of(
            Endpoint.page(HttpMethod.GET, "/katalog/znak", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/znak", false, APPLICANTS),
            Endpoint.page(HttpMethod.GET, "/znak/nowy", false, APPLICANTS),
            Endpoint.page(HttpMethod.POST, "/znak", false, APPLICANTS),
            Endpoint.page(HttpMethod.GET, "/znak/999999", false, APPLICANTS),
            Endpoint.page(HttpMethod.POST, "/znak/999999/wycofanie", false, APPLICANTS),
            Endpoint.page(HttpMethod.POST, "/znak/999999/dowod", false, APPLICANTS),
            Endpoint.page(HttpMethod.GET, "/znak/999999/dowod", false, APPLICANTS),
            Endpoint.page(HttpMethod.GET, "/kapitula", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/kapitula/999999", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/kapitula/999999/dowod", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/kapitula/999999/glos", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/kapitula/999999/decyzja", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/kapitula/999999/licencja/999999/odebranie", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/kapitula", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kapitula", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kapitula/999999/usuniecie", false, ADMIN));

    public static final List<Endpoint> ALL = Stream.concat(API.stream(), PAGES.stream()).toList();

    private CatalogueMarkEndpoints() {
    }
}
