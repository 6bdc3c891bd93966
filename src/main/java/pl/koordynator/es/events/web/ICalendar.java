package pl.koordynator.es.events.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import pl.koordynator.es.events.domain.EventView;

/**
 * Writes events as an iCalendar document (RFC 5545): CRLF line ends, lines folded at 75 octets
 * without splitting a character, text values escaped, times in UTC. A cancelled event stays in the
 * feed with {@code STATUS:CANCELLED}, so subscribed calendars remove it; {@code SEQUENCE} follows
 * the event's version so they take every change.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private final StringBuilder out = new StringBuilder();
    private final String host;

    private ICalendar(String host, String name) {
        this.host = host;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Koordynator ES//Kalendarz wydarzen//PL");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        property("X-WR-CALNAME", name);
    }

    /**
     * The document for the events; {@code place} names an event's venue and gmina and
     * {@code link} gives its page's absolute address.
     */
    static String of(String host, String name, List<EventView> events, OffsetDateTime now,
            Function<EventView, String> place, Function<EventView, String> link) {
        ICalendar calendar = new ICalendar(host, name);
        for (EventView event : events) {
            calendar.event(event, now, place.apply(event), link.apply(event));
        }
        calendar.line("END:VCALENDAR");
        return calendar.out.toString();
    }

    private void event(EventView event, OffsetDateTime now, String place, String link) {
        line("BEGIN:VEVENT");
        line("UID:event-" + event.id() + "@" + host);
        line("DTSTAMP:" + utc(now));
        line("DTSTART:" + utc(event.startsAt()));
        line("DTEND:" + utc(event.endsAt()));
        line("SEQUENCE:" + event.version());
        line("LAST-MODIFIED:" + utc(event.updatedAt()));
        property("SUMMARY", event.title());
        if (event.description() != null) {
            property("DESCRIPTION", event.description() + "\n\n" + link);
        } else {
            property("DESCRIPTION", link);
        }
        if (place != null && !place.isBlank()) {
            property("LOCATION", place);
        }
        property("ORGANIZER;CN=" + parameter(event.organiserName()), "mailto:noreply@" + host);
        line("URL:" + link);
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("CATEGORIES:" + escape(event.type().name()));
        line("END:VEVENT");
    }

    private void property(String name, String value) {
        line(name + ":" + escape(value));
    }

    /** A parameter value in quotes; quotes cannot be escaped in RFC 5545, so they are dropped. */
    private static String parameter(String value) {
        return "\"" + value.replace("\"", "").replaceAll("[\\r\\n]", " ") + "\"";
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** Folds a content line so that no physical line is longer than 75 octets. */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
