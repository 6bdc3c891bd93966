package pl.koordynator.es.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A resolution, opinion, position or letter of the committee. {@code number} ({@code n/YYYY},
 * counted within the term and year) is given on adoption only, null before. Voted at a meeting
 * ({@code meetingId}) or by circulation before {@code circulationDeadline}.
 */
public record DocumentView(long id, long termId, DocumentType type, OpinionSubject opinionSubject,
        DocumentStatus status, String number, String subject, String text, List<AttachmentView> attachments,
        VotingMode votingMode, Long meetingId, OffsetDateTime circulationDeadline, MajorityRule majorityRule,
        Tally tally, LocalDate adoptedOn) {
}
