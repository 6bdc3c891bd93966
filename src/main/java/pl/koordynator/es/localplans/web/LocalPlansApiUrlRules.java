package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The API of plans and their documents (exact paths only; sections, diagnosis, coverage and monitoring
 * have their own rules): any signed-in user reads, ROPS, PARTNER and OWES accounts write (the service
 * narrows them to their own plans).
 */
@Component
class LocalPlansApiUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/local-plans", "/api/v1/local-plans/{id:\\d+}",
                        "/api/v1/local-plans/{id:\\d+}/documents/{documentId:\\d+}").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/local-plans", "/api/v1/local-plans/{id:\\d+}/documents")
                        .hasAnyRole("ADMIN", "PARTNER", "OWES")
                .requestMatchers(HttpMethod.PUT, "/api/v1/local-plans/{id:\\d+}").hasAnyRole("ADMIN", "PARTNER", "OWES")
                .requestMatchers(HttpMethod.DELETE, "/api/v1/local-plans/{id:\\d+}/documents/{documentId:\\d+}")
                        .hasAnyRole("ADMIN", "PARTNER", "OWES");
    }
}
