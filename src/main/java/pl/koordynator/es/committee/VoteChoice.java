package pl.koordynator.es.committee;

/** A member's vote. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
