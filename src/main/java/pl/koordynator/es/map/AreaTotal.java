package pl.koordynator.es.map;

import java.math.BigDecimal;

/** An indicator's value for a subregion or the whole region; null when some gmina lacks data. */
public record AreaTotal(String name, BigDecimal value) {
}
