package pl.koordynator.es.catalogue;

/** A board member's vote, with an optional comment. */
public record MarkVoteInput(MarkVoteChoice choice, String comment) {
}
