package pl.koordynator.es.catalogue;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

/**
 * News and campaigns in the role matrix: reading is open to everyone (a missing item, 999999, is
 * 404 to whoever passes), writing is ROPS's.
 */
public final class CatalogueNewsEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/aktualnosci", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/aktualnosci/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/aktualnosci/999999/obraz/thumb", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/aktualnosci/feed.atom", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/aktualnosci/feed.rss", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/feed.atom", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/katalog/feed.rss", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/kampanie", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/kampanie/999999", true, EVERYONE),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/news"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/news/999999"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/campaigns"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/catalogue/campaigns/999999"),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/aktualnosci", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/aktualnosci/nowa", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/aktualnosci/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999/publikuj", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999/wycofaj", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999/usun", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999/obraz", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/aktualnosci/999999/obraz/usun", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/kampanie", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/kampanie/nowa", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kampanie", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/catalogue/kampanie/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kampanie/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kampanie/999999/publikuj", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kampanie/999999/wycofaj", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/catalogue/kampanie/999999/usun", false, ADMIN));

    private CatalogueNewsEndpoints() {
    }
}
