package pl.koordynator.es.reintegration.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The referral API (exact paths): PARTNER and PES accounts only, the roles whose organisations send and
 * receive referrals; the service narrows them to their organisation's own (another's referral is a 404).
 * ROPS, the OWES and the committee never see a referral, so they are refused here (403) outright.
 */
@Component
class ReintegrationApiUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/reintegration/referrals",
                        "/api/v1/reintegration/referrals/{id:\\d+}").hasAnyRole("PARTNER", "PES")
                .requestMatchers(HttpMethod.POST, "/api/v1/reintegration/referrals",
                        "/api/v1/reintegration/referrals/{id:\\d+}/transitions",
                        "/api/v1/reintegration/referrals/{id:\\d+}/outcomes").hasAnyRole("PARTNER", "PES");
    }
}
