package pl.koordynator.es.reporting;

import java.math.BigDecimal;

/** A value another module already knows for an indicator, and where it comes from (shown on the form). */
public record KnownValue(BigDecimal value, String source) {
}
