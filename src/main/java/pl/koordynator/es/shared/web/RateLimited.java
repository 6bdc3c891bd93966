package pl.koordynator.es.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler whose requests count against a rate limit ({@code koordynator.rate-limits.<value>}),
 * per client address (per user when signed in); over the limit the client gets 429 with
 * {@code Retry-After}: a problem+json on the API, the error page on pages.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The limit's name: registrations, exports, search… */
    String value();
}
