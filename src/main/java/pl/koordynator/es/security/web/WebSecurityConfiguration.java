package pl.koordynator.es.security.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import pl.koordynator.es.shared.FrameablePages;
import pl.koordynator.es.shared.UrlAccessRules;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.security.domain.SignInThrottledException;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.ProblemWriter;

/**
 * Two filter chains: a stateless one for the API and the actuator (HTTP Basic or a personal
 * token, errors as problem+json), and one for the pages (form login, session, CSRF). The URL
 * rules of each module come from the module itself ({@link UrlAccessRules}); here only the
 * platform's own: the actuator, error pages, the admin area and "signed in" for the rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class WebSecurityConfiguration {

    /**
     * No inline scripts anywhere: all JavaScript comes from our own origin (WebJars and /js).
     * Images may also come from the map's tile server ({@code koordynator.map.tiles-url}).
     */
    static String contentSecurityPolicy(String tilesUrl) {
        String tiles = tileOrigin(tilesUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:" + (tiles == null ? "" : " " + tiles) + "; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} → {@code https://*.tile.example.org}. */
    static String tileOrigin(String tilesUrl) {
        if (tilesUrl == null || !tilesUrl.matches("https?://[^/\\s;']+/.*")) {
            return null;
        }
        String origin = tilesUrl.substring(0, tilesUrl.indexOf('/', tilesUrl.indexOf("//") + 2));
        return origin.replaceAll("\\{[a-z]+\\}", "*");
    }

    private final String contentSecurityPolicy;
    private final List<FrameablePages> frameable;

    WebSecurityConfiguration(@org.springframework.beans.factory.annotation.Value(
            "${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl,
            List<FrameablePages> frameable) {
        this.contentSecurityPolicy = contentSecurityPolicy(tilesUrl);
        this.frameable = frameable;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokenService tokens, ProblemWriter problems, MessageSource messages, LocaleResolver locales,
            List<UrlAccessRules> modules) throws Exception {
        // Bearer only: a Basic challenge makes browsers ask for and cache a password, which then
        // rides along on cross-site requests; scripts send Basic or Bearer without being asked
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("login.throttled",
                        new Object[] {throttled.retryAfterSeconds()}, locales.resolveLocale(request)));
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Koordynator ES\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    messages.getMessage("problem.401", null, locales.resolveLocale(request)));
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, messages.getMessage("problem.403", null, locales.resolveLocale(request)));
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/actuator/**").hasRole("ADMIN");
                    modules.forEach(module -> module.api(requests));
                    requests.anyRequest().authenticated();
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .headers(this::securityHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager,
            List<UrlAccessRules> modules, PlatformSettings platform) throws Exception {
        boolean https = platform.publicUrl() != null && platform.publicUrl().regionMatches(true, 0, "https://", 0, 8);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers("/error").permitAll();
                    modules.forEach(module -> module.pages(requests));
                    requests.requestMatchers("/admin/**").hasRole("ADMIN")
                            .anyRequest().authenticated();
                })
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/panel")
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof SignInThrottledException throttled
                                        ? "/login?throttled=" + throttled.retryAfterSeconds() : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.csrfTokenRepository(new VisitorCsrfTokens(https)))
                .headers(this::securityHeaders);
        return http.build();
    }

    private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        // the pages a module lets other sites frame get their own frame-ancestors and no
        // X-Frame-Options (it cannot name other sites); every other response keeps 'none' and DENY
        List<RequestMatcher> framed = new ArrayList<>();
        for (FrameablePages pages : frameable) {
            RequestMatcher matcher = new OrRequestMatcher(pages.paths().stream()
                    .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
            framed.add(matcher);
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(matcher,
                    new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy.replace("frame-ancestors 'none'",
                            "frame-ancestors " + String.join(" ", pages.ancestors())))));
        }
        RequestMatcher notFramed = framed.isEmpty() ? AnyRequestMatcher.INSTANCE
                : new NegatedRequestMatcher(new OrRequestMatcher(framed));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notFramed,
                        new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy)))
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notFramed,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new PageCacheControl())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
