package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;

/**
 * The traffic lights' thresholds, in per cent of the progress expected: ON_TRACK from
 * {@code onTrackPercent}, AT_RISK from {@code atRiskPercent}, OFF_TRACK below.
 *
 * @param version required when they are changed
 */
public record Thresholds(BigDecimal onTrackPercent, BigDecimal atRiskPercent, Long version) {

    public static final Thresholds DEFAULTS = new Thresholds(BigDecimal.valueOf(90), BigDecimal.valueOf(70), 0L);

    double onTrack() {
        return onTrackPercent.doubleValue() / 100;
    }

    double atRisk() {
        return atRiskPercent.doubleValue() / 100;
    }
}
