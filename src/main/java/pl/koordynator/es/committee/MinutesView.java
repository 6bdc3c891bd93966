package pl.koordynator.es.committee;

import java.time.LocalDate;

/**
 * The minutes of a meeting; public only when approved by a vote at a later meeting with its
 * quorum. {@code approvedAtMeetingNumber} and {@code approvalVote} are null until approved.
 */
public record MinutesView(long meetingId, MinutesStatus status, String text, Long approvedAtMeetingId,
        LocalDate approvedOn, Integer approvedAtMeetingNumber, VoteCounts approvalVote) {
}
