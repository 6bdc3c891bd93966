package pl.koordynator.es.publicservices.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Reading the text of the module's page forms: amounts as Polish people write them ("1 234 567,89"),
 * whole numbers, dates of a date input ({@code yyyy-MM-dd}), choices of a select; a value the form
 * cannot read is a problem on its field, so that all problems are shown at once.
 */
final class FormValues {

    private FormValues() {
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
            return new BigDecimal(value.replaceAll("[\\s\\u00a0]", "").replace("zł", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "publicservices.pages.error.amount"));
            return null;
        }
    }

    static Integer whole(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\\u00a0]", ""));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "publicservices.pages.error.whole"));
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
        } catch (DateTimeParseException notADate) {
            try {
                return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            } catch (DateTimeParseException notAPolishDate) {
                problems.add(new FieldProblem(field, "publicservices.pages.error.date"));
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
            problems.add(new FieldProblem(field, "publicservices.pages.error.choose"));
            return null;
        }
    }

    /** "tak" / "nie" / not known, as a select sends it. */
    static Boolean yesNo(String value) {
        String chosen = strip(value);
        return chosen == null ? null : Boolean.valueOf(chosen);
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

    static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
