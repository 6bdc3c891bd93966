package pl.koordynator.es.privacy.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/** Finding, exporting and erasing a person's data is ROPS's (its page is under {@code /admin}). */
@Component
class PrivacyUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/personal-data", "/api/v1/personal-data/**").hasRole("ADMIN");
    }
}
