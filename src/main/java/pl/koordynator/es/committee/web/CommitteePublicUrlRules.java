package pl.koordynator.es.committee.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The committee's public register and the sector's positions register are open to everyone for
 * reading; each path is named rather than {@code /komitet/**}, so signed-in committee pages added
 * beside them stay closed unless their own rules open them.
 */
@Component
class CommitteePublicUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/komitet", "/komitet/kadencje", "/komitet/posiedzenia",
                "/komitet/posiedzenia/{id:\\d+}", "/komitet/posiedzenia/{id:\\d+}/zalaczniki/{attachment:\\d+}",
                "/komitet/dokumenty", "/komitet/dokumenty/{id:\\d+}", "/komitet/dokumenty/{id:\\d+}.pdf",
                "/komitet/dokumenty/{id:\\d+}/zalaczniki/{attachment:\\d+}", "/stanowiska", "/stanowiska/{id:\\d+}",
                "/stanowiska/{id:\\d+}/zalaczniki/{attachment:\\d+}").permitAll();
    }
}
