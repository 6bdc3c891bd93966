package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The pages of a plan's sections (exact paths): every signed-in role reads a section, its history and
 * differences; the roles that may be a plan's authors (ROPS, PARTNER, OWES) save and decide, those that
 * may comment (ROPS, OWES, PES) comment; the service narrows each to the plans it may.
 */
@Component
class LocalPlanSectionsPagesUrlRules implements UrlAccessRules {

    private static final String SECTION = "/plany-lokalne/{id:\\d+}/sekcje/{slug}";

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, SECTION, SECTION + "/historia", SECTION + "/roznice").authenticated()
                .requestMatchers(HttpMethod.POST, SECTION).hasAnyRole("ADMIN", "PARTNER", "OWES")
                .requestMatchers(HttpMethod.POST, SECTION + "/komentarze").hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers(HttpMethod.POST, SECTION + "/komentarze/{commentId:\\d+}/decyzja")
                        .hasAnyRole("ADMIN", "PARTNER", "OWES");
    }
}
