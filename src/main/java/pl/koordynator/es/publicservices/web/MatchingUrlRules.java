package pl.koordynator.es.publicservices.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * Matching (exact paths only): the matches of a procurement or call for ROPS, the buyer's PARTNER, an
 * OWES and a PES (the service narrows each to what it may see); the opportunities page, its bid
 * records, capacity form and digest opt-in for PES and OWES accounts.
 */
@Component
class MatchingUrlRules implements UrlAccessRules {

    private static final String[] READERS = {"ADMIN", "PARTNER", "OWES", "PES"};

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/procurements/{id:\\d+}/matches",
                "/api/v1/public-tasks/{id:\\d+}/matches").hasAnyRole(READERS);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/zamowienia/{id:\\d+}/dopasowania",
                        "/zadania-publiczne/{id:\\d+}/dopasowania").hasAnyRole(READERS)
                .requestMatchers(HttpMethod.GET, "/zamowienia/okazje").hasAnyRole("PES", "OWES")
                .requestMatchers(HttpMethod.POST, "/zamowienia/okazje/oferta", "/zamowienia/okazje/powiadomienia")
                        .hasAnyRole("PES", "OWES")
                .requestMatchers(HttpMethod.POST, "/zamowienia/okazje/zdolnosci").hasRole("PES");
    }
}
