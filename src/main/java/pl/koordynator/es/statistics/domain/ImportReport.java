package pl.koordynator.es.statistics.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What a statistics import found and did. {@code values} counts the values to write (or
 * written), {@code units} the units they belong to, {@code perCodeYear} each indicator and year
 * in the file with the number of values it has and the number of stored values it replaces (all
 * units of that indicator and year). Problems keep message keys; {@link #localised} says them.
 */
public record ImportReport(ImportLayout layout, boolean dryRun, boolean written, int values, int units,
        List<CodeYear> perCodeYear, Skipped skipped, List<ImportProblem> problems) {

    /** One indicator in one year: values in the file and stored values they replace. */
    public record CodeYear(String code, int year, int values, int replaced) {
    }

    /**
     * Rows of units that are not imported: parts of urban-rural gminas (town, rural area), units
     * outside the region (POLSKA, other voivodeships), NUTS regions and subregions (not TERYT
     * units); and cells without data ("-", "x", "." or empty).
     */
    public record Skipped(int townOrRuralPart, int outsideRegion, int statisticalRegion, int noData) {
    }

    /** A problem as the API and pages show it, its message in one language. */
    public record LocalisedProblem(int row, String column, String message) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Values already stored that the import replaces (or replaced). */
    public int replaced() {
        return perCodeYear.stream().mapToInt(CodeYear::replaced).sum();
    }

    public List<LocalisedProblem> localisedProblems(MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new LocalisedProblem(p.row(), p.column(), message(p, messages, locale)))
                .toList();
    }

    public static String message(ImportProblem problem, MessageSource messages, Locale locale) {
        String text = messages.getMessage(problem.key(), problem.args().toArray(), problem.key(), locale);
        if (problem.columnNumber() == null) {
            return text;
        }
        return messages.getMessage("statistics.problem.columnPrefix",
                new Object[] {problem.columnNumber(), problem.column()}, locale) + " " + text;
    }
}
