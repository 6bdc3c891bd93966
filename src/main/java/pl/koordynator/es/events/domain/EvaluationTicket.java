package pl.koordynator.es.events.domain;

/**
 * What a participant's evaluation link leads to: the event, and whether the form is open to them,
 * not yet (the event has not ended), not for them (they were not checked in) or already filled in.
 */
public record EvaluationTicket(EventView event, String participantName, State state) {

    public enum State {
        OPEN, NOT_ENDED, NOT_ATTENDED, SUBMITTED
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
