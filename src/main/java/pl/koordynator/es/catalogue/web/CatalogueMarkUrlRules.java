package pl.koordynator.es.catalogue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The mark: its public list (API and page) is open to visitors; a PES or an OWES applies; the
 * board's pages and votes are for any signed-in user, because ROPS may give the board function to
 * a user of any role, and the service lets only board members in; ROPS decides, revokes and names
 * the board.
 */
@Component
class CatalogueMarkUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/catalogue/marks").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/marks").hasAnyRole("PES", "OWES")
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/marks/applications/*/withdrawal",
                        "/api/v1/catalogue/marks/applications/*/evidence").hasAnyRole("PES", "OWES")
                .requestMatchers(HttpMethod.POST, "/api/v1/catalogue/marks/applications/*/decision",
                        "/api/v1/catalogue/marks/licences/*/revocation").hasRole("ADMIN")
                .requestMatchers("/api/v1/catalogue/marks/board", "/api/v1/catalogue/marks/board/**").hasRole("ADMIN")
                .requestMatchers("/api/v1/catalogue/marks/applications", "/api/v1/catalogue/marks/applications/**")
                .authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/katalog/znak").permitAll()
                .requestMatchers("/znak", "/znak/**").hasAnyRole("PES", "OWES")
                .requestMatchers("/kapitula", "/kapitula/**").authenticated();
    }
}
