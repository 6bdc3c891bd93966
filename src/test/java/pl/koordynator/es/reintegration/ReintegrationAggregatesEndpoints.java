package pl.koordynator.es.reintegration;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * Role-matrix rows of the reintegration aggregates: suppressed figures for every signed-in role (ROPS, OWES,
 * the committee, the sending and receiving organisations alike), nothing for a visitor.
 */
public final class ReintegrationAggregatesEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/aggregates?year=2025&level=POWIAT", EVERYONE, null),
            Endpoint.api(HttpMethod.GET, "/api/v1/reintegration/cooperation?year=2025&quarter=2", EVERYONE, null),
            Endpoint.page(HttpMethod.GET, "/reintegracja/statystyki?year=2025&level=SUBREGION", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja/statystyki/csv?year=2025", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja/statystyki/xlsx?year=2025&quarter=1", false, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/reintegracja/wspolpraca?year=2025", false, EVERYONE));

    private ReintegrationAggregatesEndpoints() {
    }
}
