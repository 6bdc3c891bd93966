package pl.koordynator.es.programme.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What an import of targets and manual values found, row by row. A file with any problem writes
 * nothing (all or nothing); a dry run writes nothing either.
 *
 * @param targets targets the file sets
 * @param values  manual values the file enters
 */
public record ImportReport(boolean dryRun, boolean written, int targets, int values, List<Row> rows) {

    /**
     * One data row of the file, numbered as a spreadsheet shows it (the header is row 1).
     *
     * @param type     TARGET or VALUE
     * @param problems what is wrong with the row; empty when it is fine
     */
    public record Row(int row, String indicator, String period, String type, String value, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A problem with a column of a row, as a message key and its arguments. */
    public record Problem(String field, String messageKey, Object[] arguments) {
    }

    /** A problem in the reader's language, for the API. */
    public record LocalisedProblem(int row, String field, String message) {
    }

    public boolean hasProblems() {
        return rows.stream().anyMatch(row -> !row.ok());
    }

    public List<LocalisedProblem> localisedProblems(MessageSource messages, Locale locale) {
        return rows.stream().flatMap(row -> row.problems().stream().map(problem -> new LocalisedProblem(row.row(),
                problem.field(), messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
                        locale)))).toList();
    }
}
