package pl.koordynator.es.catalogue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The public catalogue, its offers, the widget and its instructions are open to everyone (the
 * service shows published offers only), and so is a buyer's inquiry (proof of work and a rate
 * limit instead of an account). Photos ({@code /katalog/zdjecia}) and the marked list
 * ({@code /katalog/znak}) are other parts' rules.
 */
@Component
class CataloguePublicUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/katalog", "/katalog/mapa", "/katalog/mapa.geojson", "/katalog/oferty/{id:\\d+}",
                        "/katalog/widzet", "/katalog/widzet.js", "/katalog/widzet/instrukcja").permitAll()
                .requestMatchers(HttpMethod.POST, "/katalog/oferty/{id:\\d+}/zapytanie").permitAll();
    }
}
