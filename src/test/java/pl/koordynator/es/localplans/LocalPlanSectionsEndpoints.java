package pl.koordynator.es.localplans;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The role matrix of a plan's sections (API and pages). {@code 999999} is no plan: an allowed role gets
 * 404, a refused one is stopped before the lookup. Authors' roles save and decide, commenting roles
 * comment; which plans each may touch is tried in LocalPlanSectionsTest.
 */
public final class LocalPlanSectionsEndpoints {

    private static final Set<Role> AUTHORS = EnumSet.of(Role.ADMIN, Role.PARTNER, Role.OWES);
    private static final Set<Role> COMMENTERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.PES);
    private static final String API = "/api/v1/local-plans/999999/sections";
    private static final String PAGE = "/plany-lokalne/999999/sekcje/diagnosis";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, API, EVERYONE, null),
            Endpoint.api(HttpMethod.GET, API + "/diagnosis", EVERYONE, null),
            Endpoint.api(HttpMethod.PUT, API + "/diagnosis", AUTHORS, "{\"text\":\"x\",\"version\":0}"),
            Endpoint.api(HttpMethod.GET, API + "/diagnosis/versions", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, API + "/diagnosis/diff?from=0&to=1", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, API + "/diagnosis/comments", EVERYONE, null),
            Endpoint.api(HttpMethod.POST, API + "/diagnosis/comments", COMMENTERS, "{\"text\":\"x\"}"),
            Endpoint.api(HttpMethod.POST, API + "/diagnosis/comments/999999/decision", AUTHORS,
                    "{\"decision\":\"ACCEPTED\"}"),
            Endpoint.page(HttpMethod.GET, PAGE, false, EVERYONE),
            Endpoint.page(HttpMethod.POST, PAGE, false, AUTHORS),
            Endpoint.page(HttpMethod.POST, PAGE + "/komentarze", false, COMMENTERS),
            Endpoint.page(HttpMethod.POST, PAGE + "/komentarze/999999/decyzja", false, AUTHORS),
            Endpoint.page(HttpMethod.GET, PAGE + "/historia", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, PAGE + "/roznice?od=0&do=1", false, EVERYONE));

    private LocalPlanSectionsEndpoints() {
    }
}
