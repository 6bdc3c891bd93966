package pl.koordynator.es.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

/**
 * The activity plan's rows of the role matrix: ROPS, the OWES and the committee read the shared
 * plan and the coverage; PES and partners are refused, visitors sent to the login page.
 */
public final class PlanEndpoints {

    private static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.OWES, Role.COMMITTEE);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/events/plan", false, PLANNERS),
            Endpoint.page(HttpMethod.GET, "/events/plan?from=2026-11&months=3", false, PLANNERS),
            Endpoint.page(HttpMethod.GET, "/events/plan/coverage", false, PLANNERS),
            Endpoint.page(HttpMethod.GET, "/events/plan/coverage.csv", false, PLANNERS),
            Endpoint.api(HttpMethod.GET, "/api/v1/events/plan/overlaps?from=2026-11-01&to=2027-04-30", PLANNERS, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/events/plan/coverage", PLANNERS, null));

    private PlanEndpoints() {
    }
}
