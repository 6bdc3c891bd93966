package pl.koordynator.es.localplans;

import java.time.OffsetDateTime;

/**
 * A comment on a section, with its author (their account's name, role and organisation) and decision.
 *
 * @param sectionVersion the section's version the comment was written on
 * @param mayDecide      whether the caller may accept or reject it now
 */
public record CommentView(long id, long planId, SectionKey key, int sectionVersion, String authorName,
        String authorRole, String authorOrganisationName, String text, String suggestedText, CommentStatus status,
        String reason, String decidedByName, OffsetDateTime decidedAt, OffsetDateTime createdAt, boolean mayDecide) {

    public boolean hasSuggestion() {
        return suggestedText != null;
    }
}
