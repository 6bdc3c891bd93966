package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgressStatus;

/**
 * A local plan's monitoring in one year.
 *
 * @param year       the year shown
 * @param years      the years of the plan: its period, else its indicators' baseline to target years
 * @param indicators the plan's indicators by number
 * @param note       the JST's note of the year; null when none was written
 */
public record PlanMonitoring(long planId, String planTitle, PlanLevel level, String unitTeryt, String unitName,
        LocalPlanStatus status, int year, List<Integer> years, List<IndicatorStatus> indicators, YearlyNote note,
        Rights rights) {

    /**
     * One indicator in the year, judged as the programme judges its own ({@code Programmes.judge}).
     *
     * @param actual   the value of the year: entered, the map's value for the plan's unit, or the programme
     *                 measure's value for the plan's powiat; null without data
     * @param expected the value expected in the year on the line from the baseline to the target
     * @param progress 0..1 (beyond 1 when ahead), null without an actual
     * @param values   the values entered year by year (ENTERED); for the other sources the year's value alone
     */
    public record IndicatorStatus(long indicatorId, int number, String name, String unit, Direction direction,
            BigDecimal baseline, Integer baselineYear, BigDecimal target, int targetYear, IndicatorSource source,
            String sourceCode, BigDecimal actual, int actualYear, BigDecimal expected, Double progress,
            ProgressStatus status, List<YearValue> values) {

        /** The expected value as pages show it: to one decimal, as a point on the line is rarely whole. */
        public BigDecimal expectedShown() {
            if (expected == null) {
                return null;
            }
            BigDecimal shown = expected.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return shown.scale() < 0 ? shown.setScale(0) : shown;
        }
    }

    public record YearValue(int year, BigDecimal value) {
    }

    /** The JST's note of a year; {@code version} to send back when it is changed. */
    public record YearlyNote(int year, String text, OffsetDateTime writtenAt, long version) {
    }

    /**
     * What the caller may do: enter values of ENTERED indicators (ROPS, the JST) and write the yearly note
     * (the same, once the plan is adopted or expired).
     */
    public record Rights(boolean enterValues, boolean writeNote) {
    }
}
