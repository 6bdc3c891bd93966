package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;

/** A member of the mark's board (Kapituła) given the function by ROPS; administrators belong to it by role. */
public record MarkBoardMember(long userId, String username, String displayName, OffsetDateTime addedAt) {
}
