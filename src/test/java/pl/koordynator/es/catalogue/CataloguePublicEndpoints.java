package pl.koordynator.es.catalogue;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The public catalogue in the role matrix: its pages, the widget and the inquiry are open to
 * visitors and every role. {@code 999999} is no offer: a role the page lets through gets 404
 * (the inquiry: its form again), never 401/403.
 */
public final class CataloguePublicEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/katalog", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/mapa", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/mapa.geojson", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/oferty/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.POST, "/katalog/oferty/999999/zapytanie", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/widzet", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/widzet.js", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/widzet/instrukcja", true, EVERYONE));

    private CataloguePublicEndpoints() {
    }
}
