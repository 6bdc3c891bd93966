package pl.koordynator.es.committee;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting of a term: its number within the term, when and how, the agenda, the quorum from the
 * attendance recorded, and the state of its minutes. {@code onlineLink} is hidden from visitors.
 * {@code invitationSequence} rises with every change sent to members; {@code invitationsSentAt}
 * is null until invitations went out.
 */
public record MeetingView(long id, long termId, int termNumber, int number, OffsetDateTime startsAt,
        OffsetDateTime endsAt, MeetingMode mode, String venue, String onlineLink, MeetingStatus status,
        List<AgendaItemView> agenda, Quorum quorum, MinutesStatus minutesStatus, int invitationSequence,
        Instant invitationsSentAt) {
}
