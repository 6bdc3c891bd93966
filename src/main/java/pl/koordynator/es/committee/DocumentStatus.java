package pl.koordynator.es.committee;

/** A document is drafted, put to the vote, then adopted or rejected; only adopted ones are public. */
public enum DocumentStatus {
    DRAFT, VOTING, ADOPTED, REJECTED
}
