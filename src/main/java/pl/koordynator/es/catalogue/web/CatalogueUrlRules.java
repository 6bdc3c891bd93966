package pl.koordynator.es.catalogue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The catalogue's API for offers, categories and inquiries (photos, marks and news have their own
 * rules): the search, published offers, categories and sending an inquiry are open; writing offers
 * is for PES, OWES and ROPS (the service narrows it to their own organisations); inquiries are
 * read by the PES that got them and counted for ROPS.
 */
@Component
class CatalogueUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/catalogue/offers/{id:\\d+}/inquiries").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/catalogue/offers/own", "/api/v1/catalogue/offers/*/history")
                        .hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers(HttpMethod.GET, "/api/v1/catalogue/offers/review-queue").hasAnyRole("ADMIN", "OWES")
                .requestMatchers(HttpMethod.GET, "/api/v1/catalogue/offers", "/api/v1/catalogue/offers/{id:\\d+}",
                        "/api/v1/catalogue/categories").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/offers/*/publish",
                        "/api/v1/catalogue/offers/*/return").hasAnyRole("ADMIN", "OWES")
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/offers", "/api/v1/catalogue/offers/*/submit",
                        "/api/v1/catalogue/offers/*/withdraw").hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers(HttpMethod.PUT, "/api/v1/catalogue/offers/*").hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers("/api/v1/catalogue/inquiries/counts").hasRole("ADMIN")
                .requestMatchers("/api/v1/catalogue/inquiries", "/api/v1/catalogue/inquiries/**").hasRole("PES");
    }
}
