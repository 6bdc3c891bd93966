package pl.koordynator.es.events.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.domain.EventQuery;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.SearchText;

/**
 * The calendar's filters as the pages send them: type, powiat (4 digits), organiser ({@code rops}
 * or an id), topic, words of the title, the month shown and, in the list, whether past events are
 * listed. Unknown values are ignored rather than failing the public page.
 */
public record CalendarFilter(String type, String powiat, String organiser, String topic, String q, String month,
        Integer page, Boolean past) {

    public EventType eventType() {
        return code(EventType.class, type);
    }

    public EventTopic eventTopic() {
        return code(EventTopic.class, topic);
    }

    public String powiatTeryt() {
        return powiat != null && powiat.matches("\\d{4}") ? powiat : null;
    }

    public boolean rops() {
        return "rops".equalsIgnoreCase(organiser);
    }

    public Long organiserId() {
        return organiser != null && organiser.matches("\\d{1,18}") ? Long.valueOf(organiser) : null;
    }

    public boolean pastEvents() {
        return Boolean.TRUE.equals(past);
    }

    /** The month asked for, or the current one when none or a mistyped one is asked for. */
    YearMonth yearMonth(YearMonth current) {
        if (month == null || month.isBlank()) {
            return current;
        }
        try {
            YearMonth asked = YearMonth.parse(month.strip());
            return asked.getYear() < 2000 || asked.getYear() > 2100 ? current : asked;
        } catch (DateTimeParseException mistyped) {
            return current;
        }
    }

    EventQuery query(OffsetDateTime from, OffsetDateTime to) {
        return new EventQuery(from, to, eventType(), powiatTeryt(), organiserId(), rops(), eventTopic(), null,
                SearchText.of("q", q));
    }

    /** The filter as query parameters, without the month and page, for links that keep it. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "type", eventType() == null ? null : eventType().name());
        put(parameters, "powiat", powiatTeryt());
        put(parameters, "organiser", rops() ? "rops" : organiserId() == null ? null : organiserId().toString());
        put(parameters, "topic", eventTopic() == null ? null : eventTopic().name());
        put(parameters, "q", q == null || q.isBlank() ? null : q.strip());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The API's stricter reading: a bad value is an error naming its parameter. */
    @Component
    static class Parser {

        private final Clock clock;
        private final ZoneId zone;

        Parser(Clock clock) {
            this.clock = clock;
            this.zone = clock.getZone();
        }

        EventQuery apiQuery(String from, String to, EventType type, String powiat, Long organiserId,
                EventTopic topic, EventStatus status, String text) {
            OffsetDateTime start = from == null ? LocalDate.now(clock).atStartOfDay(zone).toOffsetDateTime()
                    : day(from, "from", false);
            OffsetDateTime end = to == null ? null : day(to, "to", true);
            if (powiat != null && !powiat.matches("\\d{4}")) {
                throw InvalidInputException.of("powiat", "events.filter.powiat");
            }
            return new EventQuery(start, end, type, powiat, organiserId, false, topic, status,
                    SearchText.of("q", text));
        }

        /** A day (its start, or the start of the next day for an end) or a date-time with an offset. */
        private OffsetDateTime day(String text, String field, boolean end) {
            try {
                LocalDate day = LocalDate.parse(text.strip());
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toOffsetDateTime();
            } catch (DateTimeParseException notADay) {
                try {
                    return OffsetDateTime.parse(text.strip());
                } catch (DateTimeParseException neither) {
                    throw InvalidInputException.of(field, "events.filter.date");
                }
            }
        }
    }
}
