package pl.koordynator.es.committee;

import java.time.LocalDate;

/**
 * A member of a term. {@code email} and {@code phone} are null for visitors. {@code current} when
 * the member's term runs today and the membership has not ended; {@code flaggedForAbsences} when
 * the member missed three consecutive held meetings of the term unexcused (art. 57(3)).
 * {@code substituteFor} is the member this one replaced, if any.
 */
public record MemberView(long id, long termId, String fullName, String email, String phone, Long userId,
        Long organisationId, String organisationName, SeatCategory category, MemberRole role, LocalDate appointedOn,
        LocalDate endedOn, EndReason endReason, Long substituteFor, boolean current, boolean flaggedForAbsences) {
}
