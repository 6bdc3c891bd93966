package pl.koordynator.es.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UrlAccessRules;

/** User administration is ROPS's; signing in and one's own profile are everybody's (the platform's "signed in"). */
@Component
class SecurityUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/users/**").hasRole("ADMIN");
    }
}
