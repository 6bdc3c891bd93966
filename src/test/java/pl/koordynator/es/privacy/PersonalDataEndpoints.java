package pl.koordynator.es.privacy;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.ADMIN;

/**
 * The personal-data module's rows of the role matrix: ADMIN only, pages and API alike. The
 * address is nobody's, so the erasure rows erase nothing.
 */
public final class PersonalDataEndpoints {

    private static final String NOBODY = "email=nikt@example.invalid";
    /** A valid PESEL of nobody referred: find, export and erasure find nothing. */
    private static final String NOBODY_REFERRED = "personPesel=44051401359";
    private static final String NOBODY_REFERRED_JSON = "{\"personPesel\":\"44051401359\"}";

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/admin/personal-data", false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/personal-data?" + NOBODY, false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/personal-data/export?" + NOBODY, false, ADMIN),
            Endpoint.page(HttpMethod.GET, "/admin/personal-data/erase?" + NOBODY, false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/personal-data/erase?" + NOBODY + "&confirm=true", false, ADMIN),
            Endpoint.api(HttpMethod.GET, "/api/v1/personal-data?" + NOBODY, ADMIN, null),
            Endpoint.api(HttpMethod.DELETE, "/api/v1/personal-data?" + NOBODY, ADMIN, null),
            Endpoint.page(HttpMethod.POST, "/admin/personal-data/referred-person?" + NOBODY_REFERRED, false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/personal-data/referred-person/export?" + NOBODY_REFERRED, false, ADMIN),
            Endpoint.page(HttpMethod.POST, "/admin/personal-data/referred-person/erase?" + NOBODY_REFERRED
                    + "&confirm=true", false, ADMIN),
            Endpoint.api(HttpMethod.POST, "/api/v1/personal-data/referred-person", ADMIN, NOBODY_REFERRED_JSON),
            Endpoint.api(HttpMethod.POST, "/api/v1/personal-data/referred-person/erasure", ADMIN, NOBODY_REFERRED_JSON));

    private PersonalDataEndpoints() {
    }
}
