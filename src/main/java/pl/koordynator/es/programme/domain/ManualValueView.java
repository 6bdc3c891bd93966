package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A value entered by hand, with who entered and who decided it. */
public record ManualValueView(long id, long indicatorId, String indicatorCode, String indicatorName, String period,
        BigDecimal value, String evidence, String comment, ValueState state, String enteredBy, Instant enteredAt,
        String decidedBy, Instant decidedAt, String rejectionReason, long version) {
}
