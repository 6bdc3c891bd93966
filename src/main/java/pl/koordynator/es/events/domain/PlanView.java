package pl.koordynator.es.events.domain;

import java.time.YearMonth;
import java.util.List;

import pl.koordynator.es.events.PlannedEvent;

/**
 * The shared activity plan for a range of months: the powiat × month matrix, the events by month
 * and the possible duplicates, with the organisers that plan anything in the range.
 */
public record PlanView(PlanQuery query, List<YearMonth> months, List<PlanRow> rows,
        List<PlanMonth> eventsByMonth, List<Overlap> overlaps, List<PlanOrganiser> organisers, long total) {

    /** A row of the matrix: a powiat (or the online row, key {@code online}) and its count per month. */
    public record PlanRow(String key, String name, List<Long> counts, long total) {
    }

    /** The events of one month of the range. */
    public record PlanMonth(YearMonth month, List<PlanEntry> events) {
    }

    /** An event with the names of its gmina and powiat (null when online). */
    public record PlanEntry(PlannedEvent event, String gminaName, String powiatName) {
    }

    /** An organiser to filter by: {@code key} is {@code ROPS} or the registry id. */
    public record PlanOrganiser(String key, String name) {
    }
}
