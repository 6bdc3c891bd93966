package pl.koordynator.es.catalogue.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The signed-in catalogue pages: a PES writes its offers, an OWES those of the PES it serves and
 * reviews them, ROPS reviews all; only a PES has inquiries (they hold buyers' messages), and ROPS
 * sees their counts only. The service decides which offers and inquiries each caller reaches.
 * The public catalogue ({@code /katalog/**}) has its own rules.
 */
@Component
class CataloguePagesUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/oferty/do-akceptacji", "/oferty/do-akceptacji/**").hasAnyRole("ADMIN", "OWES")
                .requestMatchers("/oferty", "/oferty/**").hasAnyRole("ADMIN", "OWES", "PES")
                .requestMatchers("/zapytania/statystyki", "/zapytania/statystyki/**").hasRole("ADMIN")
                .requestMatchers("/zapytania", "/zapytania/**").hasRole("PES");
    }
}
