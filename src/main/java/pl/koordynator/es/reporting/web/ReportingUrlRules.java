package pl.koordynator.es.reporting.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The reports are ROPS's and the OWES's, the regional summary also the committee's; which OWES's
 * reports a caller sees is the service's decision ({@code ReportAccess}). Written down here so
 * that the menu, which asks these rules, offers the pages only to those who may open them.
 */
@Component
class ReportingUrlRules implements UrlAccessRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/reporting/summary", "/reporting/summary.*").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers("/reporting", "/reporting/**").hasAnyRole("ADMIN", "OWES");
    }
}
