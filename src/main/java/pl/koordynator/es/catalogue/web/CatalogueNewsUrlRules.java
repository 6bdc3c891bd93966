package pl.koordynator.es.catalogue.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.UrlAccessRules;

/**
 * News and campaigns are public to read (pages, pictures, feeds, API); the services hide drafts
 * and scheduled items from everyone. Writing is ROPS's, under {@code /admin/catalogue/aktualnosci}
 * and {@code /admin/catalogue/kampanie}, which the platform's {@code /admin/**} rule already keeps
 * for ADMIN. Each public path is named, so nothing else under these prefixes opens by accident.
 */
@Component
class CatalogueNewsUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/news", "/api/v1/news/{id:\\d+}", "/api/v1/catalogue/campaigns",
                "/api/v1/catalogue/campaigns/{id:\\d+}").permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers(HttpMethod.GET, "/aktualnosci", "/aktualnosci/{id:\\d+}",
                "/aktualnosci/{id:\\d+}/obraz/{size:thumb|large}", "/aktualnosci/feed.atom", "/aktualnosci/feed.rss",
                "/katalog/feed.atom", "/katalog/feed.rss",
                "/kampanie", "/kampanie/{id:\\d+}").permitAll();
    }
}
