package pl.koordynator.es.committee;

import java.time.Instant;

/** A member's vote on a document. */
public record VoteView(long documentId, long memberId, String memberName, VoteChoice choice, Instant castAt) {
}
