package pl.koordynator.es.committee.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The members' own pages ({@code /committee/**}: their meetings, documents to read, their votes)
 * are for committee accounts only: each shows the caller's own membership, so ROPS manages the
 * committee at {@code /admin/committee/**} instead, which falls to the platform's ADMIN rule.
 * The public register ({@code /komitet/**}) has its own rules.
 */
@Component
class CommitteePageUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/committee", "/committee/**").hasRole("COMMITTEE");
    }
}
