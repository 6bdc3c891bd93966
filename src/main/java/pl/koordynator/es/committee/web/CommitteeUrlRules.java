package pl.koordynator.es.committee.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The committee's API: the public register (terms, composition, meetings, documents, the feed and
 * the positions) is open to visitors, and the services hide what is internal (drafts, contact data,
 * online links); named votes are read by ROPS and members; a member votes; everything else is
 * ROPS's. Pages add their own rules in their own classes.
 */
@Component
class CommitteeUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/committee/documents/*/votes").hasAnyRole("ADMIN", "COMMITTEE")
                .requestMatchers(HttpMethod.POST, "/api/v1/committee/documents/*/votes").hasRole("COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/api/v1/committee/terms", "/api/v1/committee/members",
                        "/api/v1/committee/meetings", "/api/v1/committee/meetings/*", "/api/v1/committee/documents",
                        "/api/v1/committee/documents/*", "/api/v1/committee/feed.atom", "/api/v1/positions",
                        "/api/v1/positions/*").permitAll()
                .requestMatchers("/api/v1/committee/**", "/api/v1/positions", "/api/v1/positions/**").hasRole("ADMIN");
    }
}
