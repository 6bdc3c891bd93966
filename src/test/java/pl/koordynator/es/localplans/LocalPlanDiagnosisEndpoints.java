package pl.koordynator.es.localplans;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

/**
 * The role matrix of a plan's diagnosis (API, page, PDF): every signed-in role reads it, a visitor is
 * refused. {@code 999999} is no plan: 404, never 401/403.
 */
public final class LocalPlanDiagnosisEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/local-plans/999999/diagnosis", EVERYONE, null),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/diagnoza", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/plany-lokalne/999999/diagnoza.pdf", false, EVERYONE));

    private LocalPlanDiagnosisEndpoints() {
    }
}
