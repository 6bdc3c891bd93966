package pl.koordynator.es.events;

/** A confirmed place, a place on the waiting list, or a registration the person or the organiser cancelled. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
