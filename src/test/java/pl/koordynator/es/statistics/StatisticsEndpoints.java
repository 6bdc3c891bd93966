package pl.koordynator.es.statistics;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.api;
import static pl.koordynator.es.testing.Endpoint.page;
import static pl.koordynator.es.testing.Endpoint.publicApi;

/**
 * The statistics module's rows of the role matrix in {@code EndpointAccessTest}: the catalogue
 * and the values are open data, everything else is ADMIN's. {@code NO_SUCH} is no indicator and
 * {@code 999999} no upload: ADMIN gets 404 (never 401/403), the others are stopped before.
 */
public final class StatisticsEndpoints {

    public static final List<Endpoint> ALL = List.of(
            publicApi(HttpMethod.GET, "/api/v1/statistics/indicators"),
            publicApi(HttpMethod.GET, "/api/v1/statistics/indicators/POPULATION"),
            publicApi(HttpMethod.GET, "/api/v1/statistics/values?code=POPULATION&year=2024"),
            api(HttpMethod.POST, "/api/v1/statistics/indicators", ADMIN, "{}"),
            api(HttpMethod.PUT, "/api/v1/statistics/indicators/NO_SUCH", ADMIN, "{}"),
            api(HttpMethod.DELETE, "/api/v1/statistics/indicators/NO_SUCH", ADMIN, null),
            api(HttpMethod.POST, "/api/v1/statistics/import", ADMIN, "{}"),
            page(HttpMethod.GET, "/admin/statistics", false, ADMIN),
            page(HttpMethod.GET, "/admin/statistics/indicators/new", false, ADMIN),
            page(HttpMethod.POST, "/admin/statistics/indicators", false, ADMIN),
            page(HttpMethod.GET, "/admin/statistics/indicators/POPULATION", false, ADMIN),
            page(HttpMethod.POST, "/admin/statistics/indicators/NO_SUCH", false, ADMIN),
            page(HttpMethod.POST, "/admin/statistics/indicators/NO_SUCH/delete", false, ADMIN),
            page(HttpMethod.GET, "/admin/statistics/import", false, ADMIN),
            page(HttpMethod.POST, "/admin/statistics/import", false, ADMIN),
            page(HttpMethod.GET, "/admin/statistics/import/999999", false, ADMIN),
            page(HttpMethod.POST, "/admin/statistics/import/999999/apply", false, ADMIN));

    private StatisticsEndpoints() {
    }
}
