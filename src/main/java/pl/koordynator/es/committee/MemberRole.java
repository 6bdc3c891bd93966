package pl.koordynator.es.committee;

/** A member's function in the committee. */
public enum MemberRole {
    CHAIR, VICE_CHAIR, SECRETARY, MEMBER
}
