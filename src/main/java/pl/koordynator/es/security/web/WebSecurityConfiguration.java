package pl.koordynator.es.security.web;

import jakarta.servlet.DispatcherType;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.shared.ProblemWriter;

/**
 * Two filter chains: a stateless one for the API and the actuator (HTTP Basic or a personal
 * token, errors as problem+json), and one for the pages (form login, session, CSRF).
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

    WebSecurityConfiguration(@org.springframework.beans.factory.annotation.Value(
            "${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl) {
        this.contentSecurityPolicy = contentSecurityPolicy(tilesUrl);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokenService tokens, ProblemWriter problems, MessageSource messages, LocaleResolver locales)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Koordynator ES\", Bearer");
            String key = failure instanceof LockedException ? "login.locked" : "problem.401";
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    messages.getMessage(key, null, locales.resolveLocale(request)));
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, messages.getMessage("problem.403", null, locales.resolveLocale(request)));
        http.securityMatcher("/api/**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users/**", "/api/v1/audit/**").hasRole("ADMIN")
                        // anyone registers for an event; only its organisers read the registrations
                        .requestMatchers(HttpMethod.POST, "/api/v1/events/{id:\\d+}/registrations").permitAll()
                        .requestMatchers("/api/v1/events/*/registrations", "/api/v1/events/*/attendance")
                                .hasAnyRole("ADMIN", "OWES")
                        // Territory and the public part of the registry are open data; the
                        // services decide what an anonymous reader sees (active PES only).
                        .requestMatchers(HttpMethod.GET, "/api/v1/territory/**", "/api/v1/organisations",
                                "/api/v1/organisations/{id:\\d+}").permitAll()
                        .requestMatchers("/api/v1/territory/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/map/**").permitAll()
                        .requestMatchers("/api/v1/events/plan/**").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/needs", "/api/v1/needs/{id:\\d+}").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/support/supported-pes").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                        .requestMatchers("/api/v1/support/**").hasAnyRole("ADMIN", "OWES", "PES")
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/indicators",
                                "/api/v1/statistics/indicators/*", "/api/v1/statistics/values").permitAll()
                        // the public calendar and registration; the service hides drafts and internal events
                        .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/{id:\\d+}").permitAll()
                        .anyRequest().authenticated())
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
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/", "/login", "/deklaracja-dostepnosci", "/error", "/webjars/**", "/css/**",
                                "/js/**", "/img/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/organisations", "/organisations/{id:\\d+}",
                                "/organisations/export.csv", "/organisations/export.xlsx", "/map", "/map/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/needs", "/needs/{id:\\d+}").permitAll()
                        // the organiser's pages of an event's people; the participant's evaluation link needs no account
                        .requestMatchers("/events/*/participants", "/events/*/participants/**",
                                "/events/*/participants.xlsx", "/events/*/certificates.pdf", "/events/*/evaluation")
                                .hasAnyRole("ADMIN", "OWES")
                        .requestMatchers("/events/registrations/*/evaluation").permitAll()
                        .requestMatchers("/events/plan", "/events/plan/**").hasAnyRole("ADMIN", "OWES", "COMMITTEE")
                        .requestMatchers(HttpMethod.GET, "/events", "/events/calendar", "/events/{id:\\d+}", "/events.ics",
                                "/events/*.ics", "/events/registrations/*", "/events/organisations").permitAll()
                        .requestMatchers(HttpMethod.POST, "/events/{id:\\d+}/registrations",
                                "/events/registrations/*/cancel").permitAll()
                        .requestMatchers("/support", "/support/**").hasAnyRole("ADMIN", "OWES", "PES")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/panel")
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof LockedException
                                        ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(this::securityHeaders);
        return http.build();
    }

    private void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
