package pl.koordynator.es.map;

import java.math.BigDecimal;

/**
 * One unit's value of an indicator: {@code value} null when there is no data; {@code rank} 1 for
 * the highest value in the region, shared by equal values, null without a value.
 */
public record UnitValue(String teryt, String name, BigDecimal value, Integer rank) {
}
