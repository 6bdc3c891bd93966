package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.programme.TimeAggregation;

/**
 * How far an indicator is on its way from the baseline to its target, and the roll-up of the tree.
 * Pure arithmetic, without the database, so that a test recomputes a tree by hand.
 * <ul>
 * <li>Expected value of a period: its own target when it has one, else the straight line from the
 * baseline (value at the end of the baseline year) to the final target (the target of the last
 * period with one); before the baseline year the baseline, after the final target the final target.
 * An indicator without a baseline starts at 0 at the end of the year before the programme.
 * <li>Which actual counts against it: targets of a SUM indicator (and of a computed indicator on a
 * flow measure) are cumulative, what the programme should have reached from its start to the
 * period's end ("30 PES supported" over the project), so the cumulative actual counts; for
 * END_VALUE (stock measures) the value at the period's end; for AVERAGE the period's own value.
 * <li>Progress = (actual − baseline) / (expected − baseline). The same formula mirrors itself for
 * lower-is-better indicators, whose expected value lies below the baseline; when the expected
 * value equals the baseline, progress is 1 when the actual is at least as good, else 0. Progress
 * is kept within 0..1 (a value beyond the target counts as the target in the roll-up, a value
 * that went the wrong way as no progress).
 * <li>Status: ON_TRACK from the on-track threshold (default 90 % of the progress expected),
 * AT_RISK from the at-risk one (70 %), OFF_TRACK below; NO_DATA without an actual or an expected value.
 * <li>Roll-up: a node's progress is the mean of its children's (indicators' for an action or a
 * project), weighted by their weights; children with NO_DATA are left out, and a node with no
 * child with data (or only weights of 0) has NO_DATA itself.
 * </ul>
 */
public final class Trajectory {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private Trajectory() {
    }

    /**
     * The value expected at the end of {@code period}; null when the indicator has no target at all.
     *
     * @param targets targets by period (years and quarters)
     */
    public static BigDecimal expected(BigDecimal baseline, Integer baselineYear, int programmeStartYear,
            Map<ProgrammePeriod, BigDecimal> targets, ProgrammePeriod period) {
        if (targets.isEmpty()) {
            return null;
        }
        BigDecimal own = targets.get(period);
        if (own != null) {
            return own;
        }
        NavigableMap<ProgrammePeriod, BigDecimal> sorted = new TreeMap<>(targets);
        ProgrammePeriod last = sorted.lastKey();
        BigDecimal finalTarget = sorted.get(last);
        BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
        double from = baselineYear == null ? programmeStartYear - 1 : baselineYear;
        double to = last.timePoint();
        double at = period.timePoint();
        if (at >= to) {
            return finalTarget;
        }
        if (at <= from) {
            return start;
        }
        BigDecimal share = BigDecimal.valueOf((at - from) / (to - from));
        return Decimals.plain(start.add(finalTarget.subtract(start).multiply(share, PRECISION), PRECISION)
                .setScale(4, RoundingMode.HALF_UP));
    }

    /** The actual compared with the expected value, by the rule of the class comment. */
    public static BigDecimal counted(TimeAggregation aggregation, BigDecimal actual, BigDecimal cumulative) {
        return aggregation == TimeAggregation.SUM ? cumulative : actual;
    }

    /** Progress within 0..1; null when there is no actual or no expected value. */
    public static Double progress(BigDecimal actual, BigDecimal baseline, BigDecimal expected, Direction direction) {
        if (actual == null || expected == null) {
            return null;
        }
        BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal distance = expected.subtract(start);
        if (distance.signum() == 0) {
            boolean asGood = direction == Direction.LOWER_IS_BETTER ? actual.compareTo(expected) <= 0
                    : actual.compareTo(expected) >= 0;
            return asGood ? 1.0 : 0.0;
        }
        BigDecimal progress = actual.subtract(start).divide(distance, PRECISION);
        return Math.max(0, Math.min(1, progress.setScale(6, RoundingMode.HALF_UP).doubleValue()));
    }

    public static ProgressStatus status(Double progress, Thresholds thresholds) {
        if (progress == null) {
            return ProgressStatus.NO_DATA;
        }
        // compared in hundredths of a per cent, so that 0.9 is on track at a threshold of 90 %
        long hundredths = Math.round(progress * 10_000);
        if (hundredths >= Math.round(thresholds.onTrack() * 10_000)) {
            return ProgressStatus.ON_TRACK;
        }
        return hundredths >= Math.round(thresholds.atRisk() * 10_000) ? ProgressStatus.AT_RISK
                : ProgressStatus.OFF_TRACK;
    }

    /** A child in a roll-up: its weight and progress (null when it has no data). */
    public record Weighted(BigDecimal weight, Double progress) {
    }

    /** The weighted mean of the children with data; null when none has data or all such weigh 0. */
    public static Double rollUp(List<Weighted> children) {
        double weights = 0;
        double sum = 0;
        for (Weighted child : children) {
            if (child.progress() == null) {
                continue;
            }
            double weight = child.weight() == null ? 1 : child.weight().doubleValue();
            weights += weight;
            sum += weight * child.progress();
        }
        if (weights <= 0) {
            return null;
        }
        return Math.round(sum / weights * 1_000_000) / 1_000_000.0;
    }
}
