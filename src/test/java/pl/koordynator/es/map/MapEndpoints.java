package pl.koordynator.es.map;

import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/** The map's rows of the role matrix: everything is public to read; only ADMIN sets the weights. */
public final class MapEndpoints {

    private static final EnumSet<Role> ADMIN = EnumSet.of(Role.ADMIN);

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/map", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/gmina/2261011", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/powiat/2261", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/priority", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/methodology", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/export.csv?indicator=PES_ACTIVE", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/export.xlsx?indicator=PES_ACTIVE", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/map/export.geojson?indicator=PES_ACTIVE", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/admin/map/weights", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/map/weights", false, ADMIN),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/indicators"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/gmina?indicator=PES_ACTIVE"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/powiat?indicator=POPULATION"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/priority?level=gmina"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/totals?indicator=PES_ACTIVE"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/map/priority/weights"),
            Endpoint.api(HttpMethod.PUT, "/api/v1/map/priority/weights", ADMIN, "{\"PES_PER_10K\": 1}"));

    private MapEndpoints() {
    }
}
