package pl.koordynator.es.security.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts ({@code koordynator.session.*}).
 *
 * @param idleTimeout     without a request for this long the session ends; Spring Session reads it
 *                        through {@code server.servlet.session.timeout}, set from this in
 *                        application.properties
 * @param absoluteTimeout the session ends this long after signing in, however busy it is, so that a
 *                        stolen session cookie is not good for ever
 */
@ConfigurationProperties("koordynator.session")
public record SessionSettings(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {
}
