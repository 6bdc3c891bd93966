package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/** A plan's diagnosis (page, PDF, API) is for every signed-in user, as the plan itself. Exact paths only. */
@Component
class LocalPlanDiagnosisUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/local-plans/{id:\\d+}/diagnosis").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/plany-lokalne/{id:\\d+}/diagnoza", "/plany-lokalne/{id:\\d+}/diagnoza.pdf")
                .authenticated();
    }
}
