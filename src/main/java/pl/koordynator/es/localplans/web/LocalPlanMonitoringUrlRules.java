package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The monitoring of local plans (exact paths only): every signed-in user reads it; only ROPS and PARTNER
 * accounts write (the service keeps a PARTNER to the plans of its JST).
 */
@Component
class LocalPlanMonitoringUrlRules implements UrlAccessRules {

    private static final String[] WRITERS = {"ADMIN", "PARTNER"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/local-plans/{id:\\d+}/monitoring").authenticated()
                .requestMatchers(HttpMethod.PUT,
                        "/api/v1/local-plans/{id:\\d+}/indicators/{indicatorId:\\d+}/values/{year:\\d+}",
                        "/api/v1/local-plans/{id:\\d+}/notes/{year:\\d+}").hasAnyRole(WRITERS);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/plany-lokalne/{id:\\d+}/monitoring").authenticated()
                .requestMatchers(HttpMethod.POST, "/plany-lokalne/{id:\\d+}/monitoring/wartosci",
                        "/plany-lokalne/{id:\\d+}/monitoring/notatka").hasAnyRole(WRITERS);
    }
}
