package pl.koordynator.es.localplans;

import java.time.OffsetDateTime;

/**
 * One saved version of a section.
 *
 * @param fromCommentId           the accepted comment whose suggestion this version is; null for an author's edit
 * @param commentWrittenOnVersion the version that comment was written on; when lower than
 *                                {@code version - 1}, the suggestion replaced a text changed since
 */
public record SectionVersionView(int version, OffsetDateTime savedAt, String savedByName,
        String savedByOrganisationName, Long fromCommentId, Integer commentWrittenOnVersion, int length) {

    /** Whether an accepted suggestion replaced versions saved after its comment was written. */
    public boolean appliedOverLaterChanges() {
        return commentWrittenOnVersion != null && commentWrittenOnVersion < version - 1;
    }
}
