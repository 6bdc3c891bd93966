package pl.koordynator.es.events;

/** What kind of gathering an event is; {@code CAMPAIGN} is a social campaign with reach figures. */
public enum EventType {
    MEETING, WORKSHOP, TRAINING, SEMINAR, CONFERENCE, CAMPAIGN, STUDY_VISIT, NETWORK_MEETING
}
