package pl.koordynator.es.events;

/** A draft is seen by its organiser and ROPS only; a cancelled event stays visible, marked as such. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
