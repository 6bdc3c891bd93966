package pl.koordynator.es.localplans.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The plan list, plan and document pages: every signed-in role reads them; the form and the documents'
 * writes are for the roles that author plans (ROPS, a PARTNER of the JST, the OWES), and the service
 * decides which plan each may write. Exact paths only: the sections, diagnosis, monitoring and coverage
 * pages under the same prefix have their own rules.
 */
@Component
class LocalPlansPagesUrlRules implements UrlAccessRules {

    private static final String[] AUTHORS = {"ADMIN", "PARTNER", "OWES"};

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/plany-lokalne/nowy", "/plany-lokalne/{id:\\d+}/edycja")
                .hasAnyRole(AUTHORS)
                .requestMatchers(HttpMethod.POST, "/plany-lokalne/nowy", "/plany-lokalne/{id:\\d+}/edycja",
                        "/plany-lokalne/{id:\\d+}/dokumenty", "/plany-lokalne/{id:\\d+}/dokumenty/{documentId:\\d+}/usun")
                .hasAnyRole(AUTHORS)
                .requestMatchers(HttpMethod.GET, "/plany-lokalne", "/plany-lokalne.csv", "/plany-lokalne.xlsx",
                        "/plany-lokalne/{id:\\d+}", "/plany-lokalne/{id:\\d+}/dokumenty/{documentId:\\d+}")
                .authenticated();
    }
}
