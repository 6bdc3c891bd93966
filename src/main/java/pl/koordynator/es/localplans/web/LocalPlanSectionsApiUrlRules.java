package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The API of a plan's sections (exact paths): every signed-in user reads; the roles that may be a plan's
 * authors (ROPS, PARTNER, OWES) save and decide, those that may comment (ROPS, OWES, PES) comment; the
 * service narrows each to the plans it may (LocalPlansAccess).
 */
@Component
class LocalPlanSectionsApiUrlRules implements UrlAccessRules {

    private static final String SECTION = "/api/v1/local-plans/{id:\\d+}/sections/{key}";

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/local-plans/{id:\\d+}/sections", SECTION, SECTION + "/versions",
                        SECTION + "/diff", SECTION + "/comments").authenticated()
                .requestMatchers(HttpMethod.PUT, SECTION).hasAnyRole("ADMIN", "PARTNER", "OWES")
                .requestMatchers(HttpMethod.POST, SECTION + "/comments").hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers(HttpMethod.POST, SECTION + "/comments/{commentId:\\d+}/decision")
                        .hasAnyRole("ADMIN", "PARTNER", "OWES");
    }
}
