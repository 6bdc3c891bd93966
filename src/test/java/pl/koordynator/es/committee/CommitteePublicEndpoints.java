package pl.koordynator.es.committee;

import java.util.List;

import org.springframework.http.HttpMethod;
import pl.koordynator.es.testing.Endpoint;

import static pl.koordynator.es.testing.Endpoint.EVERYONE;

/**
 * The committee's public register and the positions register in the role matrix: every page and
 * download is open to visitors and every role. {@code 999999} is no meeting, document, position or
 * attachment: a role the page lets through gets 404, never 401/403.
 */
public final class CommitteePublicEndpoints {

    public static final List<Endpoint> ALL = List.of(
            Endpoint.page(HttpMethod.GET, "/komitet", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/kadencje", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/posiedzenia", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/posiedzenia/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/posiedzenia/999999/zalaczniki/999998", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/dokumenty", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/dokumenty/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/dokumenty/999999.pdf", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/komitet/dokumenty/999999/zalaczniki/999998", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/stanowiska", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/stanowiska/999999", true, EVERYONE),
            Endpoint.page(HttpMethod.GET, "/stanowiska/999999/zalaczniki/999998", true, EVERYONE));

    private CommitteePublicEndpoints() {
    }
}
