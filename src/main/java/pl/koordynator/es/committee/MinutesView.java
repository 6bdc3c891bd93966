package pl.koordynator.es.committee;

import java.time.LocalDate;

/** The minutes of a meeting; public only when approved (at a later meeting, with its quorum). */
public record MinutesView(long meetingId, MinutesStatus status, String text, Long approvedAtMeetingId,
        LocalDate approvedOn) {
}
