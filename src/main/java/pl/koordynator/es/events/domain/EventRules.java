package pl.koordynator.es.events.domain;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Territory;

/** The one place where the rules of an event's fields live; the form and the API both pass through it. */
@Component
public class EventRules {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 8000;
    public static final int CAPACITY_MAX = 100_000;

    /** Values that passed the rules, normalised as they are stored. */
    record Checked(EventType type, String title, String description, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String gminaTeryt, String venue, String onlineUrl, Integer capacity, OffsetDateTime registrationOpensAt,
            OffsetDateTime registrationClosesAt, String audience, boolean publicEvent, EventStatus status,
            List<EventTopic> topics, Integer peopleReached, Integer materialsDistributed) {
    }

    private final Territory territory;
    private final ZoneId zone;

    EventRules(Territory territory, PlatformSettings settings) {
        this.territory = territory;
        this.zone = settings.timeZone();
    }

    /** Every problem of the input at once; {@code previousGmina} stays acceptable for an edited event. */
    public List<FieldProblem> problems(EventInput input, String previousGmina) {
        List<FieldProblem> problems = new ArrayList<>();
        check(input, previousGmina, problems);
        return problems;
    }

    Checked check(EventInput input, String previousGmina) {
        List<FieldProblem> problems = new ArrayList<>();
        Checked checked = check(input, previousGmina, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    private Checked check(EventInput input, String previousGmina, List<FieldProblem> problems) {
        EventType type = code(EventType.class, input.type(), "type", true, problems);
        String title = line(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "events.title.required"));
        } else if (length(title) < TITLE_MIN) {
            problems.add(new FieldProblem("title", "events.title.tooShort"));
        } else if (length(title) > TITLE_MAX) {
            problems.add(new FieldProblem("title", "events.title.tooLong"));
        }
        String description = text(input.description());
        if (description != null && length(description) > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "events.description.tooLong"));
        }
        OffsetDateTime startsAt = dateTime(input.startsAt(), "startsAt", true, problems);
        OffsetDateTime endsAt = dateTime(input.endsAt(), "endsAt", true, problems);
        if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
            problems.add(new FieldProblem("endsAt", "events.endsAt.beforeStart"));
        }
        String gmina = line(input.gminaTeryt());
        if (gmina != null && !gmina.equals(previousGmina) && territory.gmina(gmina).isEmpty()) {
            problems.add(new FieldProblem("gminaTeryt", "events.gmina.unknown"));
        }
        String venue = line(input.venue());
        if (venue != null && length(venue) > 300) {
            problems.add(new FieldProblem("venue", "events.venue.tooLong"));
        }
        if (gmina != null && venue == null) {
            problems.add(new FieldProblem("venue", "events.venue.required"));
        }
        String onlineUrl = line(input.onlineUrl());
        if (onlineUrl != null && !webAddress(onlineUrl)) {
            problems.add(new FieldProblem("onlineUrl", "events.onlineUrl.invalid"));
        }
        if (gmina == null && onlineUrl == null) {
            problems.add(new FieldProblem("gminaTeryt", "events.place.required"));
        }
        Integer capacity = input.capacity();
        if (capacity != null && (capacity < 1 || capacity > CAPACITY_MAX)) {
            problems.add(new FieldProblem("capacity", "events.capacity.range"));
        }
        OffsetDateTime opens = dateTime(input.registrationOpensAt(), "registrationOpensAt", false, problems);
        OffsetDateTime closes = dateTime(input.registrationClosesAt(), "registrationClosesAt", false, problems);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            problems.add(new FieldProblem("registrationClosesAt", "events.registrationClosesAt.beforeOpens"));
        }
        if (closes != null && endsAt != null && closes.isAfter(endsAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "events.registrationClosesAt.afterEnd"));
        }
        String audience = line(input.audience());
        if (audience != null && length(audience) > 500) {
            problems.add(new FieldProblem("audience", "events.audience.tooLong"));
        }
        EventStatus status = input.status() == null || input.status().isBlank() ? EventStatus.DRAFT
                : code(EventStatus.class, input.status(), "status", true, problems);
        List<EventTopic> topics = topics(input.topics(), problems);
        Integer reached = input.peopleReached();
        Integer materials = input.materialsDistributed();
        if (reached != null && reached < 0) {
            problems.add(new FieldProblem("peopleReached", "events.reach.negative"));
        }
        if (materials != null && materials < 0) {
            problems.add(new FieldProblem("materialsDistributed", "events.reach.negative"));
        }
        if (type != null && type != EventType.CAMPAIGN) {
            // reach figures describe a campaign; on other events they would be read as participants
            reached = null;
            materials = null;
        }
        return new Checked(type, title, description, startsAt, endsAt, gmina, venue, onlineUrl, capacity, opens,
                closes, audience, input.publicEvent() == null || input.publicEvent(), status, topics, reached,
                materials);
    }

    private List<EventTopic> topics(List<String> codes, List<FieldProblem> problems) {
        Set<EventTopic> topics = EnumSet.noneOf(EventTopic.class);
        if (codes != null) {
            for (String code : codes) {
                EventTopic topic = code(EventTopic.class, code, "topics", false, problems);
                if (topic != null) {
                    topics.add(topic);
                }
            }
        }
        return List.copyOf(topics);
    }

    /** A date-time with an offset, or a local one in the region's zone (the form's fields send those). */
    OffsetDateTime dateTime(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "events." + field + ".required"));
            }
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException neither) {
                problems.add(new FieldProblem(field, "events.dateTime.format"));
                return null;
            }
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, String field, boolean required,
            List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "events." + field + ".required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "events." + field + ".unknown"));
            return null;
        }
    }

    private static boolean webAddress(String text) {
        if (text.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static String line(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }

    static String text(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
