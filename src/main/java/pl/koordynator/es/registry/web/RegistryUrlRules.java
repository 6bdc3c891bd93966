package pl.koordynator.es.registry.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The public part of the register is open: the list, an organisation's card and the exports of
 * the list, and an organisation's history. The service decides what a visitor sees in them (active
 * PES only, no contact persons), and in the history each module leaves out its private facts.
 */
@Component
class RegistryUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/{id:\\d+}").permitAll();
        // the history: each module leaves out what the caller may not see
        api.requestMatchers(HttpMethod.GET, "/api/v1/organisations/{id:\\d+}/activity").permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/organisations", "/organisations/{id:\\d+}", "/organisations/export.csv",
                "/organisations/export.xlsx").permitAll();
    }
}
