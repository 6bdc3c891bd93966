package pl.koordynator.es.programme;

import java.math.BigDecimal;

/**
 * One indicator in one year of its programme: what was expected, what happened, how it stands.
 *
 * @param target           the target set for the year; null when none
 * @param actual           the year's value (by the indicator's time aggregation); null when none yet
 * @param cumulative       the value from the programme's start to the year's end; null when none yet
 * @param finalTarget      the target of the programme's last year with one
 * @param expected         the value the straight trajectory from the baseline to the final target
 *                         expects at the year's end (the target when the year has one)
 * @param progress         how far the indicator went from baseline towards the expected value, 1.0 = as
 *                         expected, capped at 1.0 (for the roll-up); null with {@link ProgressStatus#NO_DATA}
 * @param measure          the measure's code for a computed indicator, null for a manual one
 * @param pendingApproval  manual values for the year entered but not approved yet
 */
public record IndicatorProgress(long id, String code, String name, String unit, Direction direction,
        TimeAggregation aggregation, ValueSource source, String measure, BigDecimal weight,
        BigDecimal baseline, Integer baselineYear, BigDecimal target, BigDecimal actual, BigDecimal cumulative,
        BigDecimal finalTarget, BigDecimal expected, Double progress, ProgressStatus status,
        boolean publicIndicator, String kpresReference, int pendingApproval, String comment) {
}
