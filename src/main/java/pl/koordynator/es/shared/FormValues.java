package pl.koordynator.es.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Reading the text of page forms: amounts as Polish people write them ("1 234 567,89", with ordinary,
 * non-breaking or narrow spaces and "zł"), whole numbers, dates of a date input ({@code yyyy-MM-dd})
 * or typed by hand ({@code dd.MM.yyyy}), choices of a select; a value the form cannot read is a
 * problem on its field (messages {@code form.error.*}), so that all problems are shown at once.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static BigDecimal amount(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replaceAll("[\\s\\u00a0\\u202f]", "").replace("zł", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "form.error.amount"));
            return null;
        }
    }

    public static Integer whole(String text, String field, List<FieldProblem> problems) {
        String value = strip(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceAll("[\\s\\u00a0\\u202f]", ""));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "form.error.whole"));
            return null;
        }
    }

    public static LocalDate date(String text, String field, List<FieldProblem> problems) {
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
                problems.add(new FieldProblem(field, "form.error.date"));
                return null;
            }
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldProblem> problems) {
        String chosen = strip(value);
        if (chosen == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, chosen);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "form.error.choose"));
            return null;
        }
    }

    /** "tak" / "nie" / not known, as a select sends it. */
    public static Boolean yesNo(String value) {
        String chosen = strip(value);
        return chosen == null ? null : Boolean.valueOf(chosen);
    }

    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    public static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
