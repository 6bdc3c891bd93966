package pl.koordynator.es.publicservices;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The rows of the role matrix of the social clause measures (API and pages): public figures, open to
 * visitors and every role. {@code 999999} is no organisation: 404, never 401/403.
 */
public final class ClauseMeasuresEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/procurements/measures"),
            Endpoint.page(HttpMethod.GET, "/klauzule-spoleczne", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/klauzule-spoleczne.csv", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/klauzule-spoleczne.xlsx", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/klauzule-spoleczne/999999", true, EVERYONE));

    private ClauseMeasuresEndpoints() {
    }
}
