package pl.koordynator.es.committee;

/** A meeting is planned, then held or cancelled. */
public enum MeetingStatus {
    PLANNED, HELD, CANCELLED
}
