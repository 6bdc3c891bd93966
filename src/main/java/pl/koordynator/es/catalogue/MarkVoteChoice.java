package pl.koordynator.es.catalogue;

/** A board member's vote on an application. */
public enum MarkVoteChoice {
    FOR, AGAINST, ABSTAIN
}
