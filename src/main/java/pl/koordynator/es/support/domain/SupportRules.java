package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;

/** The one place where the rules of a support record's fields live; the form and the API both pass through it. */
@Component
public class SupportRules {

    public static final int ADVISER_MAX = 200;
    public static final int NOTES_MAX = 4000;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Values that passed the rules, normalised as they are stored, with the organisations they name. */
    record Checked(OrganisationView pes, OrganisationView owes, String adviser, LocalDate date, BigDecimal hours,
            SupportForm form, SupportTopic topic, String notes) {
    }

    private final Organisations organisations;
    private final Clock clock;
    private final PlatformSettings settings;

    SupportRules(Organisations organisations, Clock clock, PlatformSettings settings) {
        this.organisations = organisations;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Every problem of the input at once, and the checked values when there is none.
     * {@code previous} is the stored record of an edit: its PES stays acceptable if it has
     * been closed since.
     */
    Checked check(SupportInput input, SupportView previous) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView pes = null;
        if (input.organisationId() == null) {
            problems.add(new FieldProblem("organisationId", "support.organisation.required"));
        } else {
            Optional<OrganisationView> found = organisations.find(input.organisationId());
            boolean unchanged = previous != null && previous.organisationId() == input.organisationId();
            if (found.isEmpty()) {
                problems.add(new FieldProblem("organisationId", "support.organisation.unknown"));
            } else if (!found.get().kind().isPes()) {
                problems.add(new FieldProblem("organisationId", "support.organisation.notPes"));
            } else if (found.get().status() == OrganisationStatus.CLOSED && !unchanged) {
                problems.add(new FieldProblem("organisationId", "support.organisation.closed"));
            } else {
                pes = found.get();
            }
        }
        OrganisationView owes = null;
        if (input.owesId() == null) {
            problems.add(new FieldProblem("owesId", "support.owes.required"));
        } else {
            owes = organisations.find(input.owesId()).filter(o -> o.kind() == Kind.OWES).orElse(null);
            if (owes == null) {
                problems.add(new FieldProblem("owesId", "support.owes.unknown"));
            }
        }
        String adviser = line(input.adviser());
        if (adviser == null) {
            problems.add(new FieldProblem("adviser", "support.adviser.required"));
        } else if (adviser.codePointCount(0, adviser.length()) > ADVISER_MAX) {
            problems.add(new FieldProblem("adviser", "support.adviser.tooLong"));
        }
        LocalDate date = null;
        if (blank(input.date())) {
            problems.add(new FieldProblem("date", "support.date.required"));
        } else {
            date = date(input.date());
            if (date == null) {
                problems.add(new FieldProblem("date", "support.date.format"));
            } else if (date.isAfter(LocalDate.now(clock.withZone(settings.timeZone())))) {
                problems.add(new FieldProblem("date", "support.date.future"));
                date = null;
            } else if (date.getYear() < 2000) {
                problems.add(new FieldProblem("date", "support.date.tooEarly"));
            }
        }
        BigDecimal hours = null;
        if (blank(input.hours())) {
            problems.add(new FieldProblem("hours", "support.hours.required"));
        } else {
            hours = hours(input.hours());
            if (hours == null) {
                problems.add(new FieldProblem("hours", "support.hours.format"));
            } else if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
                problems.add(new FieldProblem("hours", "support.hours.range"));
            } else if (hours.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem("hours", "support.hours.scale"));
            }
        }
        SupportForm form = null;
        if (blank(input.form())) {
            problems.add(new FieldProblem("form", "support.form.required"));
        } else if ((form = code(SupportForm.class, input.form())) == null) {
            problems.add(new FieldProblem("form", "support.form.unknown"));
        }
        SupportTopic topic = null;
        if (blank(input.topic())) {
            problems.add(new FieldProblem("topic", "support.topic.required"));
        } else if ((topic = code(SupportTopic.class, input.topic())) == null) {
            problems.add(new FieldProblem("topic", "support.topic.unknown"));
        }
        String notes = text(input.notes());
        if (notes != null && notes.codePointCount(0, notes.length()) > NOTES_MAX) {
            problems.add(new FieldProblem("notes", "support.notes.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(pes, owes, adviser, date, hours.setScale(2), form, topic, notes);
    }

    /** A date as the API ({@code 2025-03-14}) or a Polish user ({@code 14.03.2025}) writes it, or null. */
    public static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains(".") ? LocalDate.parse(value, POLISH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Hours written with a dot or a decimal comma, or null. */
    static BigDecimal hours(String text) {
        String value = text.strip().replace(',', '.');
        if (!value.matches("\\d{1,6}(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    static <E extends Enum<E>> E code(Class<E> type, String code) {
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String line(String value) {
        return blank(value) ? null : value.strip().replaceAll("\\s+", " ");
    }

    private static String text(String value) {
        return blank(value) ? null : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
