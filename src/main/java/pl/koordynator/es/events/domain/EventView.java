package pl.koordynator.es.events.domain;

import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;

/**
 * An event as pages and the API show it, with its current numbers of confirmed and waiting
 * participants. {@code organiserId} null means ROPS; {@code capacity} null means no limit.
 */
public record EventView(long id, EventType type, String title, String description, Long organiserId,
        String organiserName, OffsetDateTime startsAt, OffsetDateTime endsAt, String gminaTeryt, String venue,
        String onlineUrl, Integer capacity, OffsetDateTime registrationOpensAt, OffsetDateTime registrationClosesAt,
        String audience, List<EventTopic> topics, EventStatus status, boolean publicEvent, Integer peopleReached,
        Integer materialsDistributed, int confirmed, int waitlisted, long version, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public boolean published() {
        return status == EventStatus.PUBLISHED;
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean draft() {
        return status == EventStatus.DRAFT;
    }

    public boolean campaign() {
        return type == EventType.CAMPAIGN;
    }

    public boolean online() {
        return onlineUrl != null;
    }

    public String powiatTeryt() {
        return gminaTeryt == null ? null : gminaTeryt.substring(0, 4);
    }

    /** Places still free; null when the event has no limit. */
    public Integer freePlaces() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }

    public boolean full() {
        return capacity != null && confirmed >= capacity;
    }

    /** Whether registration is open at the moment: published, not over, and within its window. */
    public boolean registrationOpen(OffsetDateTime now) {
        return published() && !now.isAfter(registrationCloses()) && !now.isBefore(registrationOpens());
    }

    public boolean registrationNotYetOpen(OffsetDateTime now) {
        return now.isBefore(registrationOpens());
    }

    /** When registration opens: its own setting, or as soon as the event is published. */
    public OffsetDateTime registrationOpens() {
        return registrationOpensAt == null ? OffsetDateTime.MIN : registrationOpensAt;
    }

    /** When registration closes: its own setting, or when the event starts. */
    public OffsetDateTime registrationCloses() {
        return registrationClosesAt == null ? startsAt : registrationClosesAt;
    }

    public boolean over(OffsetDateTime now) {
        return now.isAfter(endsAt);
    }

    public boolean started(OffsetDateTime now) {
        return !now.isBefore(startsAt);
    }
}
