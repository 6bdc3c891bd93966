package pl.koordynator.es.programme.domain;

/** A manual value's approval: only an APPROVED one counts. */
public enum ValueState {
    PENDING, APPROVED, REJECTED
}
