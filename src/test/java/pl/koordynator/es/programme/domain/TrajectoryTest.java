package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.programme.TimeAggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The trajectory, the status and the roll-up of a small tree, recomputed by hand. */
class TrajectoryTest {

    private static final Thresholds DEFAULTS = Thresholds.DEFAULTS;

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static ProgrammePeriod year(int year) {
        return ProgrammePeriod.ofYear(year);
    }

    @Test
    void theExpectedValueIsTheYearsTargetOrTheStraightLineFromTheBaselineToTheFinalTarget() {
        // baseline 10 at the end of 2022, final target 50 in 2030: 5 a year
        Map<ProgrammePeriod, BigDecimal> targets = Map.of(year(2026), n("25"), year(2030), n("50"));
        assertThat(Trajectory.expected(n("10"), 2022, 2023, targets, year(2024))).isEqualByComparingTo("20");
        assertThat(Trajectory.expected(n("10"), 2022, 2023, targets, year(2026))).isEqualByComparingTo("25");
        assertThat(Trajectory.expected(n("10"), 2022, 2023, targets, year(2028))).isEqualByComparingTo("40");
        assertThat(Trajectory.expected(n("10"), 2022, 2023, targets, year(2030))).isEqualByComparingTo("50");
        // the second quarter of 2024 ends 1.5 years after the baseline: 10 + 1.5 × 5
        assertThat(Trajectory.expected(n("10"), 2022, 2023, targets, new ProgrammePeriod(2024, 2)))
                .isEqualByComparingTo("17.5");
        // without a baseline the line starts at 0 at the end of the year before the programme
        assertThat(Trajectory.expected(null, null, 2015, Map.of(year(2018), n("30")), year(2016)))
                .isEqualByComparingTo("15");
        assertThat(Trajectory.expected(null, null, 2015, Map.of(), year(2016))).isNull();
    }

    @Test
    void progressRunsFromTheBaselineToTheExpectedValueAndMirrorsForLowerIsBetter() {
        assertThat(Trajectory.progress(n("19"), n("10"), n("20"), Direction.HIGHER_IS_BETTER)).isCloseTo(0.9, within(1e-9));
        assertThat(Trajectory.progress(n("30"), n("10"), n("20"), Direction.HIGHER_IS_BETTER)).isEqualTo(1.0);
        assertThat(Trajectory.progress(n("5"), n("10"), n("20"), Direction.HIGHER_IS_BETTER)).isEqualTo(0.0);
        // unemployment from 100 down to 60 expected, 72 reached: 28 of 40 = 0.7
        assertThat(Trajectory.progress(n("72"), n("100"), n("60"), Direction.LOWER_IS_BETTER)).isCloseTo(0.7, within(1e-9));
        assertThat(Trajectory.progress(n("100"), n("100"), n("100"), Direction.LOWER_IS_BETTER)).isEqualTo(1.0);
        assertThat(Trajectory.progress(n("101"), n("100"), n("100"), Direction.LOWER_IS_BETTER)).isEqualTo(0.0);
        assertThat(Trajectory.progress(null, n("100"), n("60"), Direction.LOWER_IS_BETTER)).isNull();
        assertThat(Trajectory.progress(n("1"), n("100"), null, Direction.LOWER_IS_BETTER)).isNull();
    }

    @Test
    void theStatusFollowsTheThresholdsIncludingTheirEdges() {
        assertThat(Trajectory.status(0.9, DEFAULTS)).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(Trajectory.status(0.8999, DEFAULTS)).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(Trajectory.status(0.7, DEFAULTS)).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(Trajectory.status(0.6999, DEFAULTS)).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(Trajectory.status(null, DEFAULTS)).isEqualTo(ProgressStatus.NO_DATA);
        Thresholds strict = new Thresholds(n("100"), n("95"), 0L);
        assertThat(Trajectory.status(0.96, strict)).isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void aSumIndicatorIsJudgedByItsCumulativeValueOthersByTheYearsValue() {
        assertThat(Trajectory.counted(TimeAggregation.SUM, n("4"), n("19"))).isEqualByComparingTo("19");
        assertThat(Trajectory.counted(TimeAggregation.END_VALUE, n("4"), n("4"))).isEqualByComparingTo("4");
        assertThat(Trajectory.counted(TimeAggregation.AVERAGE, n("4"), n("6"))).isEqualByComparingTo("4");
    }

    /**
     * A priority with two objectives: objective A (weight 2) has actions A1 (weight 1: indicators
     * 0.9 weight 1 and 0.6 weight 3 → 0.675) and A2 (weight 1: 1.0 capped from 1.4 → 1.0), so A =
     * (0.675 + 1.0) / 2 = 0.8375; objective B (weight 1) has one action with an indicator without
     * data, so B has none and is left out: the priority is 0.8375, AT_RISK.
     */
    @Test
    void theRollUpIsTheWeightedMeanOfChildrenWithDataRecomputedByHand() {
        double i1 = Trajectory.progress(n("9"), BigDecimal.ZERO, n("10"), Direction.HIGHER_IS_BETTER);
        double i2 = Trajectory.progress(n("6"), BigDecimal.ZERO, n("10"), Direction.HIGHER_IS_BETTER);
        double i3 = Trajectory.progress(n("14"), BigDecimal.ZERO, n("10"), Direction.HIGHER_IS_BETTER);
        Double i4 = Trajectory.progress(null, BigDecimal.ZERO, n("10"), Direction.HIGHER_IS_BETTER);
        Double a1 = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("1"), i1), new Trajectory.Weighted(n("3"), i2)));
        Double a2 = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("1"), i3)));
        Double b1 = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("1"), i4)));
        Double a = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("1"), a1), new Trajectory.Weighted(n("1"), a2)));
        Double b = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("1"), b1)));
        Double priority = Trajectory.rollUp(List.of(new Trajectory.Weighted(n("2"), a), new Trajectory.Weighted(n("1"), b)));
        assertThat(a1).isCloseTo(0.675, within(1e-9));
        assertThat(a2).isEqualTo(1.0);
        assertThat(b1).isNull();
        assertThat(Trajectory.status(b, DEFAULTS)).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(a).isCloseTo(0.8375, within(1e-9));
        assertThat(priority).isCloseTo(0.8375, within(1e-9));
        assertThat(Trajectory.status(priority, DEFAULTS)).isEqualTo(ProgressStatus.AT_RISK);
        // weights of 0 only: nothing to average
        assertThat(Trajectory.rollUp(List.of(new Trajectory.Weighted(BigDecimal.ZERO, 0.5)))).isNull();
    }

    @Test
    void periodsParseAndOrder() {
        assertThat(ProgrammePeriod.parse("2025")).isEqualTo(year(2025));
        assertThat(ProgrammePeriod.parse("2025q2")).isEqualTo(new ProgrammePeriod(2025, 2));
        assertThat(ProgrammePeriod.parse("2025-Q4").end()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
        assertThat(ProgrammePeriod.parse("2025Q5")).isNull();
        assertThat(ProgrammePeriod.parse("rok")).isNull();
        assertThat(new ProgrammePeriod(2025, 4)).isLessThan(year(2025));
        assertThat(year(2024)).isLessThan(new ProgrammePeriod(2025, 1));
    }
}
