package pl.koordynator.es.security.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings: {@code koordynator.admin.password} (environment variable
 * {@code KOORDYNATOR_ADMIN_PASSWORD}) for the first administrator, and the sign-in throttling.
 */
@ConfigurationProperties("koordynator")
public record SecuritySettings(@DefaultValue Admin admin, @DefaultValue Login login) {

    /** @param password initial password of {@code admin}; generated and printed once when empty */
    public record Admin(String password) {
    }

    /**
     * Sign-in throttling (see {@code LoginThrottle}).
     *
     * @param freeAttempts          attempts at one name from one address before the delays start
     * @param freeAttemptsOfAccount attempts at one name from all the addresses it never signed in from
     * @param maxDelay              the longest wait between two attempts (the delays double up to it)
     * @param forgetAfter           a counter left alone this long starts again
     * @param rememberAddresses     how long an address an account signed in from counts as its owner's
     */
    public record Login(@DefaultValue("5") int freeAttempts, @DefaultValue("20") int freeAttemptsOfAccount,
            @DefaultValue("15m") Duration maxDelay, @DefaultValue("1h") Duration forgetAfter,
            @DefaultValue("90d") Duration rememberAddresses) {
    }
}
