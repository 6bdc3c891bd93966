package pl.koordynator.es.publicservices.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The procurement and public task pages: every signed-in role reads them; ROPS and PARTNER accounts
 * write (the service keeps a PARTNER to its own JST); only ROPS picks the buyer. Exact paths only:
 * the import, the opportunities, the matches and the clause pages under the same prefixes have
 * their own rules.
 */
@Component
class PublicServicesPagesUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/zamowienia/zamawiajacy", "/zadania-publiczne/jst").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/zamowienia/nowe", "/zamowienia/{id:\\d+}/edycja",
                        "/zadania-publiczne/nowe", "/zadania-publiczne/{id:\\d+}/edycja")
                .hasAnyRole("ADMIN", "PARTNER")
                .requestMatchers(HttpMethod.POST, "/zamowienia", "/zamowienia/{id:\\d+}", "/zamowienia/{id:\\d+}/usun",
                        "/zadania-publiczne", "/zadania-publiczne/{id:\\d+}", "/zadania-publiczne/{id:\\d+}/usun")
                .hasAnyRole("ADMIN", "PARTNER")
                .requestMatchers(HttpMethod.GET, "/zamowienia", "/zamowienia/eksport", "/zamowienia/{id:\\d+}",
                        "/zadania-publiczne", "/zadania-publiczne/eksport", "/zadania-publiczne/{id:\\d+}")
                .authenticated();
    }
}
