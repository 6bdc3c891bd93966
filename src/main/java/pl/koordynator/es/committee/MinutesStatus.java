package pl.koordynator.es.committee;

/** The minutes of a meeting: none yet, a draft, or approved at a later meeting (then public). */
public enum MinutesStatus {
    NONE, DRAFT, APPROVED
}
