package pl.koordynator.es.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The URL rules a module contributes to the filter chains, for its own paths only: who may reach
 * a path at all. Which records a caller then sees or changes is decided by the module's service,
 * so a page and the API cannot disagree. The security module adds the platform's rules around
 * them (error dispatches and static files first; {@code /admin/**} for ADMIN and "signed in" for
 * everything else last), so a module lists only what differs from those. Each module implements
 * it once, in its {@code web} package.
 */
public interface UrlAccessRules {

    /** The requests of the stateless chain for {@code /api/**}. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
    }

    /** The requests of the page chain (form login, session, CSRF). */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
    }
}
