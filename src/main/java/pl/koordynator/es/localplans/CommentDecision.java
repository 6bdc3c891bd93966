package pl.koordynator.es.localplans;

/**
 * The authors' decision on an open comment.
 *
 * @param decision {@code ACCEPTED} or {@code REJECTED}
 * @param reason   required for a rejection
 * @param version  the section's version the decider saw the suggestion against; when given, a section
 *                 changed since is a conflict (optional, as in the API's body)
 */
public record CommentDecision(CommentStatus decision, String reason, Integer version) {
}
