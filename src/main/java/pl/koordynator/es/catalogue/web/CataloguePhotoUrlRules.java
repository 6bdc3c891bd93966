package pl.koordynator.es.catalogue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * Photo files are open to visitors (the service serves those of unpublished offers only to who
 * may see the offer, and not found to others); adding, moving and removing photos is for the
 * roles that write offers, and the service decides whose.
 */
@Component
class CataloguePhotoUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/catalogue/offers/*/photos", "/api/v1/catalogue/offers/*/photos/*")
                .hasAnyRole("ADMIN", "OWES", "PES");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/katalog/zdjecia/*/thumb", "/katalog/zdjecia/*/large").permitAll()
                .requestMatchers("/oferty/*/zdjecia", "/oferty/*/zdjecia/**").hasAnyRole("ADMIN", "OWES", "PES");
    }
}
