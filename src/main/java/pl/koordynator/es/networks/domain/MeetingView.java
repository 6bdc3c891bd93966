package pl.koordynator.es.networks.domain;

import java.time.OffsetDateTime;

/** An event of the calendar that was a meeting of a network, with its attendance (people checked in, organisations). */
public record MeetingView(long eventId, String title, OffsetDateTime startsAt, String gminaTeryt, long attendees,
        long organisations, boolean cancelled) {
}
