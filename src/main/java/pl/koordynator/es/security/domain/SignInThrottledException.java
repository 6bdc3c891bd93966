package pl.koordynator.es.security.domain;

import org.springframework.security.core.AuthenticationException;

/** Too many sign-in attempts: the next one may come after {@code retryAfterSeconds}. */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(long retryAfterSeconds) {
        super("too many sign-in attempts; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
