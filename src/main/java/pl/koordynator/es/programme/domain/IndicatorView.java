package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.List;

import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;

/**
 * An indicator's definition.
 *
 * @param computedSince for a computed indicator that had manual values before: the first year the
 *                      measure counts; earlier years show the approved manual values
 */
public record IndicatorView(long id, long programmeId, long nodeId, String code, String name, String unit,
        Direction direction, TimeAggregation aggregation, BigDecimal weight, BigDecimal baselineValue,
        Integer baselineYear, List<Target> targets, String kpresReference, boolean publicIndicator,
        ValueSource source, String measure, Integer computedSince, String comment, long version) {

    /** A target of a year (quarter null) or of a quarter. */
    public record Target(int year, Integer quarter, BigDecimal value) {

        public String period() {
            return quarter == null ? String.valueOf(year) : year + "Q" + quarter;
        }
    }
}
