package pl.koordynator.es.programme.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * The programme's reads in the API are open to everyone, as the public progress page is: the
 * services show visitors, PES and partners only public indicators of versions in force. The
 * monitoring pages and the annual report are for ROPS, OWES and the committee; manual values are
 * entered by ROPS and OWES; the structure, approvals, settings and imports are ROPS's.
 * {@code /admin/programme/**} falls to the platform's ADMIN rule.
 */
@Component
class ProgrammeUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/programme/settings").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/programme/report.pdf", "/api/v1/programme/report.xlsx")
                .hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/api/v1/programme/values",
                        "/api/v1/programme/indicators/{id:\\d+}/manual-values").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/api/v1/programme/programmes", "/api/v1/programme/programmes/{id:\\d+}",
                        "/api/v1/programme/indicators", "/api/v1/programme/indicators/{id:\\d+}",
                        "/api/v1/programme/indicators/{id:\\d+}/values", "/api/v1/programme/measures").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/programme/indicators/{id:\\d+}/values")
                .hasAnyRole("ADMIN", "OWES")
                .requestMatchers("/api/v1/programme/**").hasRole("ADMIN");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/programme/progress", "/programme/progress/**").permitAll()
                .requestMatchers("/programme/indicators/{id:\\d+}/values").hasAnyRole("ADMIN", "OWES")
                .requestMatchers(HttpMethod.GET, "/programme", "/programme/**").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers("/programme", "/programme/**").hasRole("ADMIN");
    }
}
