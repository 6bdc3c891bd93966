package pl.koordynator.es.events.web;

import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.domain.EventView;

/** An event in the API, with its free places; without who typed it in. */
record EventJson(long id, String title, EventType type, String description, Long organiserId, String organiserName,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String gminaTeryt, String venue, String onlineUrl,
        Integer capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt, String audience,
        boolean publicEvent, EventStatus status, List<EventTopic> topics, Integer peopleReached,
        Integer materialsDistributed, int confirmed, int waitlisted, Integer freePlaces, long version) {

    static EventJson of(EventView e) {
        return new EventJson(e.id(), e.title(), e.type(), e.description(), e.organiserId(), e.organiserName(),
                e.startsAt(), e.endsAt(), e.gminaTeryt(), e.venue(), e.onlineUrl(), e.capacity(),
                e.registrationOpensAt(), e.registrationClosesAt(), e.audience(), e.publicEvent(), e.status(),
                e.topics(), e.peopleReached(), e.materialsDistributed(), e.confirmed(), e.waitlisted(),
                e.freePlaces(), e.version());
    }
}
