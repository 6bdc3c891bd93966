package pl.koordynator.es.localplans;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The role matrix of the coverage of the region by local plans: public information, its page and API
 * open to visitors and every role.
 */
public final class LocalPlanCoverageEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/local-plans/coverage"),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/pokrycie", true, EVERYONE));

    private LocalPlanCoverageEndpoints() {
    }
}
