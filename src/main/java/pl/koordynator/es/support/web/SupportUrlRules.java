package pl.koordynator.es.support.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * Support records are ROPS's, the OWES's (their own) and the PES's (their own history, read
 * only); the committee reads the supported-PES counts. The service narrows each to its own.
 */
@Component
class SupportUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/support/supported-pes").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers("/api/v1/support/**").hasAnyRole("ADMIN", "OWES", "PES");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        // the form's PES picker: for those who record support
        pages.requestMatchers(HttpMethod.GET, "/support/organisations").hasAnyRole("ADMIN", "OWES")
                .requestMatchers("/support", "/support/**").hasAnyRole("ADMIN", "OWES", "PES");
    }
}
