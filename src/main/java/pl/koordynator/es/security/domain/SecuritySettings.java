package pl.koordynator.es.security.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings: {@code koordynator.admin.password} (environment variable
 * {@code KOORDYNATOR_ADMIN_PASSWORD}) for the first administrator, and the login lockout.
 */
@ConfigurationProperties("koordynator")
public record SecuritySettings(@DefaultValue Admin admin, @DefaultValue Login login) {

    /** @param password initial password of {@code admin}; generated and printed once when empty */
    public record Admin(String password) {
    }

    /** After {@code maxFailures} failed logins in a row a user name is locked for {@code lockDuration}. */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {
    }
}
