package pl.koordynator.es.networks.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * Public networks, the graph of confirmed ties and the counts of ties are open to visitors (the
 * service hides internal networks from them, as not found); ties in detail and the offers board
 * need an account (the service narrows ties to the caller's own); the yearly report is ROPS's,
 * the OWES's and the committee's; changes need an account, and the service decides whose.
 * {@code /admin/networks/**} is ADMIN by the platform's rule.
 */
@Component
class NetworksUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/v1/networks/offers", "/api/v1/networks/offers/**").authenticated()
                .requestMatchers("/api/v1/networks/report.*").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers(HttpMethod.GET, "/api/v1/networks", "/api/v1/networks/*",
                        "/api/v1/networks/*/members", "/api/v1/networks/*/meetings", "/api/v1/ties/measures")
                        .permitAll()
                .requestMatchers("/api/v1/ties", "/api/v1/ties/**")
                        .hasAnyRole("ADMIN", "OWES", "PES", "PARTNER", "COMMITTEE");
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/networks/report.pdf", "/networks/report.xlsx").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                .requestMatchers("/networks/ties", "/networks/ties/**", "/networks/offers", "/networks/offers/**")
                        .authenticated()
                .requestMatchers(HttpMethod.GET, "/networks", "/networks/graph", "/networks/graph.*",
                        "/networks/{id:\\d+}").permitAll();
    }
}
