package pl.koordynator.es.registry.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UrlAccessRules;

/**
 * The public part of the register is open: the list, an organisation's card and the exports of
 * the list. The service decides what a visitor sees in them (active PES only, no contact persons).
 */
@Component
class RegistryUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/{id:\\d+}").permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/organisations", "/organisations/{id:\\d+}", "/organisations/export.csv",
                "/organisations/export.xlsx").permitAll();
    }
}
