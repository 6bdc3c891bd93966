package pl.koordynator.es.territory;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.api;
import static pl.koordynator.es.testing.Endpoint.page;
import static pl.koordynator.es.testing.Endpoint.publicApi;

/** The territory module's rows of the role matrix in {@code EndpointAccessTest}. */
public final class TerritoryEndpoints {

    public static final List<Endpoint> ALL = List.of(
            publicApi(HttpMethod.GET, "/api/v1/territory/units?level=powiat"),
            publicApi(HttpMethod.GET, "/api/v1/territory/units?level=gmina&parent=2201"),
            publicApi(HttpMethod.GET, "/api/v1/territory/units/2201"),
            publicApi(HttpMethod.GET, "/api/v1/territory/subregions"),
            publicApi(HttpMethod.GET, "/api/v1/territory/boundaries?level=powiat"),
            api(HttpMethod.POST, "/api/v1/territory/terc", ADMIN, "{}"),
            api(HttpMethod.POST, "/api/v1/territory/boundaries", ADMIN, "{}"),
            page(HttpMethod.GET, "/admin/territory", false, ADMIN),
            page(HttpMethod.GET, "/admin/territory/terc", false, ADMIN),
            page(HttpMethod.POST, "/admin/territory/terc", false, ADMIN),
            page(HttpMethod.GET, "/admin/territory/boundaries", false, ADMIN),
            page(HttpMethod.POST, "/admin/territory/boundaries", false, ADMIN),
            page(HttpMethod.GET, "/admin/territory/subregions", false, ADMIN),
            page(HttpMethod.GET, "/admin/territory/subregions/new", false, ADMIN),
            page(HttpMethod.POST, "/admin/territory/subregions", false, ADMIN),
            page(HttpMethod.GET, "/admin/territory/subregions/999999", false, ADMIN),
            page(HttpMethod.POST, "/admin/territory/subregions/999999", false, ADMIN),
            page(HttpMethod.POST, "/admin/territory/subregions/999999/delete", false, ADMIN));

    private TerritoryEndpoints() {
    }
}
