package pl.koordynator.es.registry.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What an import found and did. Problems keep their message keys and arguments, so a report
 * stored by a background job reads in the language of whoever opens it later.
 * {@code rows} counts data rows, {@code valid} those without problems, {@code imported} those
 * written (zero for a dry run and for an all-or-nothing import that met a problem).
 */
public record OrganisationImportReport(int rows, int valid, int imported, List<RowError> errors,
        List<Note> warnings) {

    /** A problem of one row in one column; {@code field} is the OrganisationInput field. */
    public record RowError(int row, String field, String key, List<String> args) {
    }

    /** A remark about the whole file, such as a column nobody recognised. */
    public record Note(String key, List<String> args) {
    }

    /** The report as the API shows it, messages in one language. */
    public record Localised(int rows, int valid, int imported, List<LocalisedError> errors, List<String> warnings) {
    }

    public record LocalisedError(int row, String field, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows with at least one problem. */
    public int invalid() {
        return rows - valid;
    }

    public Localised localised(MessageSource messages, Locale locale) {
        return new Localised(rows, valid, imported,
                errors.stream().map(e -> new LocalisedError(e.row(), e.field(), message(e, messages, locale))).toList(),
                warnings.stream().map(w -> messages.getMessage(w.key(), w.args().toArray(), w.key(), locale)).toList());
    }

    public static String message(RowError error, MessageSource messages, Locale locale) {
        return messages.getMessage(error.key(), error.args().toArray(), error.key(), locale);
    }
}
