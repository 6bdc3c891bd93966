package pl.koordynator.es.committee;

/**
 * The votes on a document, counted by the system (never typed as a result): named votes or the
 * anonymous counts. {@code currentMembers} on the day of the vote; {@code needed} is the number of
 * votes for that adopts it under the document's rule with the votes as they stand; {@code adopted}
 * is null until the vote is closed.
 */
public record Tally(int forVotes, int against, int abstain, int cast, int currentMembers, int needed,
        Boolean adopted) {
}
