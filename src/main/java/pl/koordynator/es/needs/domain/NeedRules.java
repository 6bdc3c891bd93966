package pl.koordynator.es.needs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.territory.Territory;

/** The one place where the rules of a need's fields live; the form and the API both pass through it. */
@Component
public class NeedRules {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 1000;

    /** Values that passed the rules, normalised as they are stored. */
    record Checked(NeedCategory category, String gminaTeryt, String title, String description) {
    }

    private final Territory territory;

    NeedRules(Territory territory) {
        this.territory = territory;
    }

    /**
     * The problems of an input, every field at once. {@code previousGmina} is the stored gmina of
     * an edited need: it stays acceptable even if the official register has since retired it.
     */
    public List<FieldProblem> problems(NeedInput input, String previousGmina) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(input.category())) {
            problems.add(new FieldProblem("category", "needs.category.required"));
        } else if (category(input.category()) == null) {
            problems.add(new FieldProblem("category", "needs.category.unknown"));
        }
        String gmina = strip(input.gminaTeryt());
        if (gmina == null) {
            problems.add(new FieldProblem("gminaTeryt", "needs.gmina.required"));
        } else if (!gmina.equals(previousGmina) && territory.gmina(gmina).isEmpty()) {
            problems.add(new FieldProblem("gminaTeryt", "needs.gmina.unknown"));
        }
        length(title(input.title()), "title", TITLE_MIN, TITLE_MAX, problems);
        length(description(input.description()), "description", DESCRIPTION_MIN, DESCRIPTION_MAX, problems);
        return problems;
    }

    Checked check(NeedInput input, String previousGmina) {
        List<FieldProblem> problems = problems(input, previousGmina);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(category(input.category()), strip(input.gminaTeryt()), title(input.title()),
                description(input.description()));
    }

    /** A rejection's reason, stripped, or the problem that stops it. */
    String reason(String reason) {
        List<FieldProblem> problems = reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return description(reason);
    }

    public List<FieldProblem> reasonProblems(String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        length(description(reason), "reason", REASON_MIN, REASON_MAX, problems);
        return problems;
    }

    /** A category by its code, as the API sends it, or null. */
    static NeedCategory category(String code) {
        if (blank(code)) {
            return null;
        }
        try {
            return NeedCategory.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A title is one line: runs of white space, line breaks included, become one space. */
    private static String title(String title) {
        return blank(title) ? null : title.strip().replaceAll("\\s+", " ");
    }

    /** A description keeps its line breaks, written the same way whichever system typed them. */
    private static String description(String text) {
        return blank(text) ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static void length(String value, String field, int min, int max, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "needs." + field + ".required"));
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min) {
            problems.add(new FieldProblem(field, "needs." + field + ".tooShort"));
        } else if (length > max) {
            problems.add(new FieldProblem(field, "needs." + field + ".tooLong"));
        }
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
