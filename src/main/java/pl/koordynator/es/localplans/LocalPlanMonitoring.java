package pl.koordynator.es.localplans;

import java.math.BigDecimal;

/**
 * The monitoring of a local plan: each indicator's actual value of a year against the straight line from
 * its baseline to its target, judged by the regional programme's own trajectory rule and thresholds, and
 * the JST's yearly note. Every signed-in user reads it; ROPS and the plan's JST (a PARTNER account acting
 * for its JST or responsible unit) enter values of ENTERED indicators and write the note. A bad value is an
 * {@code InvalidInputException} naming the field and changes nothing; a stale note or a note on a plan not
 * yet adopted is a {@code ConflictException}.
 */
public interface LocalPlanMonitoring {

    /** The plan's indicators in a year of the plan (null: the current year, kept within the plan's years). */
    PlanMonitoring monitoring(long planId, Integer year);

    /** Enters (or corrects) the value of an ENTERED indicator in a year of the plan. */
    PlanMonitoring.IndicatorStatus enterValue(long planId, long indicatorId, int year, BigDecimal value);

    /**
     * Enters the values of several ENTERED indicators of one year at once: every value is checked first,
     * so one bad value saves none. {@code values} maps indicator ids to values.
     */
    void enterValues(long planId, int year, java.util.Map<Long, BigDecimal> values);

    /**
     * Writes the yearly note of an adopted or expired plan. {@code version}: the version of the note as read,
     * null for a year without a note yet; another version (or a note written meanwhile) is a conflict.
     */
    PlanMonitoring.YearlyNote saveNote(long planId, int year, String text, Long version);
}
