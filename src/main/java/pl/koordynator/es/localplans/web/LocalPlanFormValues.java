package pl.koordynator.es.localplans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Reading the text of the plan form: amounts as Polish people write them ("1 234 567,89"), whole
 * numbers, dates of a date input ({@code yyyy-MM-dd}, or {@code dd.MM.yyyy} typed by hand), choices of
 * a select; a value the form cannot read is a problem on its field, so that all problems show at once.
 */
final class LocalPlanFormValues {

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private LocalPlanFormValues() {
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static BigDecimal amount(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace("zł", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "localplans.pages.error.number"));
            return null;
        }
    }

    static Integer whole(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\\u00a0\\u202f]", ""));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "localplans.pages.error.whole"));
            return null;
        }
    }

    static LocalDate date(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(value, POLISH_DATE);
            } catch (DateTimeParseException notPolish) {
                problems.add(new FieldProblem(field, "localplans.pages.error.date"));
                return null;
            }
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldProblem> problems) {
        String chosen = strip(value);
        if (chosen == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, chosen);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "localplans.pages.error.choose"));
            return null;
        }
    }

    static String text(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
