package pl.koordynator.es.publicservices.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The procurement import, API and page, with its templates: ROPS and PARTNER accounts (the service
 * narrows a PARTNER to the procurements of the body it acts for).
 */
@Component
class ProcurementImportUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.POST, "/api/v1/procurements/import").hasAnyRole("ADMIN", "PARTNER");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/zamowienia/import", "/zamowienia/import/**").hasAnyRole("ADMIN", "PARTNER");
    }
}
