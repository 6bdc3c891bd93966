package pl.koordynator.es.needs;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;
import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The needs module's rows of the role matrix. The matrix's users belong to no organisation, so
 * of them only ADMIN reports needs: an OWES, PES or partner account without an organisation is
 * refused like the committee. The same roles with an organisation (and partners of each kind)
 * are tried in NeedApiTest and NeedPagesTest. {@code 999999} is no need: an allowed role gets
 * 404 (never 401/403), a refused one is stopped before the lookup.
 */
public final class NeedsEndpoints {

    private static final String NEED = "{\"category\":\"OTHER\"}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/needs", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/needs/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/needs/new", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/needs", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/needs/999999/edit", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/needs/999999", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/needs/999999/withdraw", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/needs/999999/publish", false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/needs/999999/reject", false, ADMIN),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/needs"),
            Endpoint.publicApi(HttpMethod.GET, "/api/v1/needs/999999"),
            Endpoint.api(HttpMethod.POST, "/api/v1/needs", ADMIN, NEED),
            Endpoint.api(HttpMethod.PUT, "/api/v1/needs/999999", ADMIN, NEED),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/needs/999999", ADMIN, null),
            Endpoint.api(HttpMethod.POST, "/api/v1/needs/999999/publish", ADMIN, "{\"version\":0}"),
            Endpoint.api(HttpMethod.POST, "/api/v1/needs/999999/reject", ADMIN,
                    "{\"reason\":\"Powód odrzucenia\",\"version\":0}"));

    private NeedsEndpoints() {
    }
}
