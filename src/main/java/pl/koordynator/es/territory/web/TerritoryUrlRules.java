package pl.koordynator.es.territory.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UrlAccessRules;

/** The territory is open data; only ROPS changes it (its pages are under {@code /admin}). */
@Component
class TerritoryUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/territory/**").permitAll()
                .requestMatchers("/api/v1/territory/**").hasRole("ADMIN");
    }
}
