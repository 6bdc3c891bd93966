package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The referral pages. The list is open to every signed-in user (ROPS, an OWES, the committee and an
 * organisation that takes no part in referrals see why there is nothing for them); the new-referral form
 * only to PARTNER and PES accounts, the roles that act for a sending or receiving organisation. A referral
 * and its forms are open to every signed-in user here: the service shows a referral only to its two
 * organisations and answers 404 to anyone else, ROPS included, so that no role learns it exists.
 * Exact paths only: the statistics page under the same prefix has its own rules.
 */
@Component
class ReintegrationPagesUrlRules implements UrlAccessRules {

    private static final String[] PARTIES = {"PARTNER", "PES"};

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/reintegracja/nowe").hasAnyRole(PARTIES)
                .requestMatchers(HttpMethod.POST, "/reintegracja/nowe").hasAnyRole(PARTIES)
                .requestMatchers(HttpMethod.GET, "/reintegracja/{id:\\d+}").authenticated()
                .requestMatchers(HttpMethod.POST, "/reintegracja/{id:\\d+}/stan", "/reintegracja/{id:\\d+}/wynik")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/reintegracja").authenticated();
    }
}
