package pl.koordynator.es.statistics.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UrlAccessRules;

/** The indicator catalogue and its values are open data; ROPS manages them. */
@Component
class StatisticsUrlRules implements UrlAccessRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers(HttpMethod.GET, "/api/v1/statistics/indicators", "/api/v1/statistics/indicators/*",
                "/api/v1/statistics/values").permitAll();
    }
}
