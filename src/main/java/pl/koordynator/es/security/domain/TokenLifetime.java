package pl.koordynator.es.security.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How long a new personal API token stays valid. A few fixed choices rather than a free date:
 * a token for a one-off import should not outlive the import, and none lives longer than two
 * years, so a forgotten script cannot keep a door open for ever.
 */
public enum TokenLifetime {

    DAYS_30("30 days"), DAYS_90("90 days"), YEAR_1("1 year"), YEARS_2("2 years");

    public static final TokenLifetime DEFAULT = YEAR_1;

    private final String interval;

    TokenLifetime(String interval) {
        this.interval = interval;
    }

    /** The PostgreSQL interval added to the moment of creation. */
    String interval() {
        return interval;
    }

    /** The choice named in a form or a request; empty for anything else. */
    public static Optional<TokenLifetime> parse(String name) {
        return Arrays.stream(values()).filter(lifetime -> lifetime.name().equals(name)).findFirst();
    }
}
