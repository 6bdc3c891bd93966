package pl.koordynator.es.reintegration;

import java.util.Locale;

/** The areas an aggregate table has a row for: every powiat of the region, every subregion, or the region. */
public enum AggregateLevel {
    POWIAT, SUBREGION, REGION;

    /** The level named in a request (any case), REGION when none; null when the text names no level. */
    public static AggregateLevel parse(String text) {
        if (text == null || text.isBlank()) {
            return REGION;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
