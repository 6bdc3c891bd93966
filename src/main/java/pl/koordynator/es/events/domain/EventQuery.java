package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;

import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;

/**
 * A search of the calendar: events starting within {@code from}..{@code to} (either open),
 * optionally of one type, in one powiat (4-digit TERYT), by one organiser ({@code rops} for ROPS's
 * own), about one topic, with a status, or whose title contains {@code text}.
 */
public record EventQuery(OffsetDateTime from, OffsetDateTime to, EventType type, String powiatTeryt,
        Long organiserId, boolean rops, EventTopic topic, EventStatus status, String text) {

    public static EventQuery between(OffsetDateTime from, OffsetDateTime to) {
        return new EventQuery(from, to, null, null, null, false, null, null, null);
    }
}
