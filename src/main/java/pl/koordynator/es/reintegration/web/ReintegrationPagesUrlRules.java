package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The referral pages. The list is open to every signed-in user (ROPS, an OWES, the committee and an
 * organisation that takes no part in referrals see why there is nothing for them); a referral, its forms
 * and the new-referral form only to PARTNER and PES accounts, the roles that act for a sending or receiving
 * organisation, and the service then shows a referral only to its two organisations (404 to anyone else).
 * Exact paths only: the statistics page under the same prefix has its own rules.
 */
@Component
class ReintegrationPagesUrlRules implements UrlAccessRules {

    private static final String[] PARTIES = {"PARTNER", "PES"};

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/reintegracja/nowe", "/reintegracja/{id:\\d+}").hasAnyRole(PARTIES)
                .requestMatchers(HttpMethod.POST, "/reintegracja/nowe", "/reintegracja/{id:\\d+}/stan",
                        "/reintegracja/{id:\\d+}/wynik").hasAnyRole(PARTIES)
                .requestMatchers(HttpMethod.GET, "/reintegracja").authenticated();
    }
}
