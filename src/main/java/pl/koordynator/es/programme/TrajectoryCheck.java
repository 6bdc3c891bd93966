package pl.koordynator.es.programme;

import java.math.BigDecimal;

/**
 * An indicator kept outside the programme (e.g. in a local plan) to be judged as the programme
 * judges its own: the expected value of the year on the straight line from the baseline to the
 * target, the progress towards it and the status by the programme's current thresholds.
 *
 * @param baseline     null counts as 0
 * @param baselineYear the year of the baseline; null is the year before {@code startYear}
 * @param startYear    the first year of the plan
 * @param actual       the value of {@code year}; null gives {@link ProgressStatus#NO_DATA}
 */
public record TrajectoryCheck(BigDecimal baseline, Integer baselineYear, int startYear, BigDecimal target,
        int targetYear, Direction direction, int year, BigDecimal actual) {
}
