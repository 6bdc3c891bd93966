package pl.koordynator.es.catalogue.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/** The typed values of the news and campaign forms (dates dd.MM.yyyy, times HH:mm, whole numbers), each problem naming its field. */
final class NewsFormValues {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final List<FieldProblem> problems = new ArrayList<>();

    LocalDate day(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "catalogue.news.field.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException notADay) {
            problems.add(new FieldProblem(field, "catalogue.news.field.date"));
            return null;
        }
    }

    LocalTime time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException notATime) {
            problems.add(new FieldProblem(field, "catalogue.news.field.time"));
            return null;
        }
    }

    Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip().replace(" ", "").replace("\u00a0", ""));
            if (value < 0) {
                problems.add(new FieldProblem(field, "catalogue.news.field.negative"));
            }
            return value;
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "catalogue.news.field.number"));
            return null;
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    static String number(Integer value) {
        return value == null ? null : String.valueOf(value);
    }
}
