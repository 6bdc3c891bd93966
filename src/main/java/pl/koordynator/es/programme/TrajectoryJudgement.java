package pl.koordynator.es.programme;

import java.math.BigDecimal;

/**
 * The judgement of a {@link TrajectoryCheck}: the value expected in its year, the progress in 0..1
 * (null without an actual) and the status.
 */
public record TrajectoryJudgement(BigDecimal expected, Double progress, ProgressStatus status) {
}
