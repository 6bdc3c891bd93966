package pl.koordynator.es.publicservices.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The API of procurements and public tasks (exact paths only; the import, measures and matches have
 * their own rules): any signed-in user reads, ROPS and PARTNER accounts write (the service narrows a
 * partner to its own public body).
 */
@Component
class PublicServicesApiUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/procurements", "/api/v1/procurements/{id:\\d+}",
                        "/api/v1/public-tasks", "/api/v1/public-tasks/{id:\\d+}").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/procurements", "/api/v1/public-tasks")
                        .hasAnyRole("ADMIN", "PARTNER")
                .requestMatchers(HttpMethod.PUT, "/api/v1/procurements/{id:\\d+}", "/api/v1/public-tasks/{id:\\d+}")
                        .hasAnyRole("ADMIN", "PARTNER")
                .requestMatchers(HttpMethod.DELETE, "/api/v1/procurements/{id:\\d+}",
                        "/api/v1/public-tasks/{id:\\d+}").hasAnyRole("ADMIN", "PARTNER");
    }
}
