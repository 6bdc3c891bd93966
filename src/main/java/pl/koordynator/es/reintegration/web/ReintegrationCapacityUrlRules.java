package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The units' places are public numbers: their API reads and the free places page need no account. Changes
 * are for PES users (the service lets only a unit's own ones through) and ROPS. Exact paths only: the
 * referrals' paths under the same prefixes are their parts' own.
 */
@Component
class ReintegrationCapacityUrlRules implements UrlAccessRules {

    private static final String[] EDITORS = {"ADMIN", "PES"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reintegration/capacity",
                        "/api/v1/reintegration/capacity/{organisationId:\\d+}").permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/reintegration/capacity/{organisationId:\\d+}")
                .hasAnyRole(EDITORS);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/reintegracja/wolne-miejsca").permitAll()
                .requestMatchers(HttpMethod.GET, "/reintegracja/miejsca", "/reintegracja/miejsca/{organisationId:\\d+}")
                .hasAnyRole(EDITORS)
                .requestMatchers(HttpMethod.POST, "/reintegracja/miejsca/{organisationId:\\d+}").hasAnyRole(EDITORS);
    }
}
