package pl.koordynator.es.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One computed value of a measure, with its provenance.
 *
 * @param code       the measure
 * @param from       first day counted (the {@code to} day itself for a stock)
 * @param to         last day counted
 * @param value      the regional value
 * @param byPowiat   the value per powiat TERYT code (4 digits), only powiats with a value; empty when
 *                   the measure does not split by territory. A count of distinct things sums to
 *                   {@code value} when every thing lies in one powiat
 * @param listUrl    a page listing what was counted, for a reader allowed to see it; null when none
 * @param computedAt when it was computed
 */
public record MeasureValue(String code, LocalDate from, LocalDate to, BigDecimal value, Map<String, BigDecimal> byPowiat,
        String listUrl, Instant computedAt) {

    public MeasureValue {
        byPowiat = byPowiat == null ? Map.of() : Map.copyOf(byPowiat);
    }
}
