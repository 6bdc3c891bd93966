package pl.koordynator.es.events;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Who attended an event that was not cancelled: {@code attendees} the people checked in,
 * {@code organisationIds} the register's organisations they came from (each once).
 */
public record EventAttendance(long eventId, EventType type, String title, OffsetDateTime startsAt, String gminaTeryt,
        EventStatus status, long attendees, Set<Long> organisationIds) {
}
