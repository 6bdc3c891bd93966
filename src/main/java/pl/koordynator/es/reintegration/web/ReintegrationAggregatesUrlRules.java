package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The aggregates are for every signed-in user (suppressed, so ROPS, OWES, the committee and the parties all
 * read the same numbers) and for no visitor: small areas' figures about people at risk of exclusion are not
 * published openly. Exact paths only.
 */
@Component
class ReintegrationAggregatesUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reintegration/aggregates", "/api/v1/reintegration/cooperation")
                .authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/reintegracja/statystyki", "/reintegracja/statystyki/csv",
                "/reintegracja/statystyki/xlsx", "/reintegracja/wspolpraca").authenticated();
    }
}
