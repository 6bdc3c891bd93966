package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import pl.koordynator.es.publicservices.ProcurementImportProblem;

/**
 * Turns the cells of one row of a procurement file into values, adding a problem naming the row
 * and column for each cell that does not parse: numbers and dates as {@link ProcurementFileReader}
 * reads them, yes/no as {@code tak}/{@code nie} (also yes/no, true/false, 1/0, x), the dictionaries
 * by code or label.
 */
final class ProcurementRowParser {

    private static final Set<String> YES = Set.of("tak", "t", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("nie", "n", "no", "false", "0", "");

    private final ProcurementRowCells row;
    private final List<ProcurementImportProblem> problems;
    private final ProcurementFileReader dictionaries;

    ProcurementRowParser(ProcurementRowCells row, List<ProcurementImportProblem> problems,
            ProcurementFileReader dictionaries) {
        this.row = row;
        this.problems = problems;
        this.dictionaries = dictionaries;
    }

    private void problem(ProcurementImportColumn column, String key, Object... arguments) {
        problems.add(row.at(column).problem(key, arguments));
    }

    String optional(ProcurementImportColumn column) {
        String text = row.text(column);
        return text.isEmpty() ? null : text;
    }

    String required(ProcurementImportColumn column) {
        String text = optional(column);
        if (text == null) {
            problem(column, "publicservices.import.required");
        }
        return text;
    }

    BigDecimal number(ProcurementImportColumn column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal number = ProcurementFileReader.number(text);
        if (number == null) {
            problem(column, "publicservices.import.number", text);
        }
        return number;
    }

    Integer integer(ProcurementImportColumn column) {
        BigDecimal number = number(column);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            problem(column, "publicservices.import.integer", row.text(column));
            return null;
        }
    }

    LocalDate date(ProcurementImportColumn column, boolean required) {
        String text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                problem(column, "publicservices.import.required");
            }
            return null;
        }
        LocalDate date = ProcurementFileReader.date(text);
        if (date == null) {
            problem(column, "publicservices.import.date", text);
        }
        return date;
    }

    Boolean maybe(ProcurementImportColumn column) {
        String text = row.text(column);
        return text.isEmpty() ? null : yesNo(column);
    }

    boolean yesNo(ProcurementImportColumn column) {
        String text = row.text(column).toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (!NO.contains(text)) {
            problem(column, "publicservices.import.yesNo", row.text(column));
        }
        return false;
    }

    String nip(ProcurementImportColumn column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.replaceAll("^PL|[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            problem(column, "publicservices.import.nip", text);
            return null;
        }
        return digits;
    }

    <E extends Enum<E>> E choice(ProcurementImportColumn column, Class<E> type, String prefix, boolean required) {
        String text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                problem(column, "publicservices.import.required");
            }
            return null;
        }
        E value = dictionaries.choice(type, prefix, text);
        if (value == null) {
            problem(column, "publicservices.import.choice", text);
        }
        return value;
    }
}
