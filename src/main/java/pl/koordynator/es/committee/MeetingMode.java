package pl.koordynator.es.committee;

/** Where a meeting takes place. */
public enum MeetingMode {
    IN_PERSON, REMOTE, HYBRID
}
