package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The referral API (exact paths). The list and a new referral: PARTNER and PES accounts only, the roles
 * whose organisations send and receive referrals. One referral and its transitions and outcomes: every
 * signed-in user, because whoever is not one of its two organisations (ROPS, an OWES and the committee
 * included) must get 404 from the service, not a 403 that tells the referral exists.
 */
@Component
class ReintegrationApiUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reintegration/referrals").hasAnyRole("PARTNER", "PES")
                .requestMatchers(HttpMethod.POST, "/api/v1/reintegration/referrals").hasAnyRole("PARTNER", "PES")
                .requestMatchers(HttpMethod.GET, "/api/v1/reintegration/referrals/{id:\\d+}").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/reintegration/referrals/{id:\\d+}/transitions",
                        "/api/v1/reintegration/referrals/{id:\\d+}/outcomes").authenticated();
    }
}
