package pl.koordynator.es.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * How many inquiries came in a period ({@code from}–{@code to}, both included) and what came of
 * them, per organisation and in total; counts only, never buyers or messages.
 */
public record InquiryCounts(LocalDate from, LocalDate to, List<Row> organisations, Row total) {

    /** The counts of one organisation ({@code organisationId} null for the total). */
    public record Row(Long organisationId, String organisationName, long inquiries, long fresh, long answered,
            long won, long lost) {
    }
}
