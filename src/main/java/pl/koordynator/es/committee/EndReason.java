package pl.koordynator.es.committee;

/** Why a membership ended before the term did: the grounds of art. 57(3). */
public enum EndReason {
    OWN_REQUEST, REPRESENTED_BODY_REQUEST, FINAL_CONVICTION, ABSENCES, OTHER
}
