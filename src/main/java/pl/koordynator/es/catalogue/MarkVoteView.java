package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;

/** One recorded vote of the board. */
public record MarkVoteView(long userId, String username, MarkVoteChoice choice, String comment,
        OffsetDateTime castAt) {
}
