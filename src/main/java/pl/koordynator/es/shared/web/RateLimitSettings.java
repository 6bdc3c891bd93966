package pl.koordynator.es.shared.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits ({@code koordynator.rate-limits.<name>.requests} and {@code .per}): at most so
 * many requests in so long from one client address (from one user when signed in). A limit of
 * 0 requests is no limit. Defaults in application.properties; the README lists them.
 */
@ConfigurationProperties("koordynator")
public record RateLimitSettings(Map<String, Limit> rateLimits) {

    public RateLimitSettings {
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
    }

    public record Limit(int requests, Duration per) {
    }

    Limit limit(String name) {
        Limit limit = rateLimits.get(name);
        if (limit == null || limit.per() == null) {
            throw new IllegalStateException("no rate limit koordynator.rate-limits." + name + " is configured");
        }
        return limit;
    }
}
