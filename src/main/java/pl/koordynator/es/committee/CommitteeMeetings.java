package pl.koordynator.es.committee;

import java.util.List;
import java.util.Optional;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Meetings: planning with the agenda and its PDF attachments, invitations to members, attendance
 * and quorum, and minutes. Visitors see planned and held meetings without the online link, and
 * minutes once approved.
 */
public interface CommitteeMeetings {

    /** Meetings, the latest first. */
    PageOf<MeetingView> meetings(MeetingQuery query, Paging paging);

    MeetingView meeting(long meetingId);

    /** The next planned meeting of the current term, if any. */
    Optional<MeetingView> nextMeeting();

    MeetingView createMeeting(MeetingInput input);

    /** A change of a planned meeting; members already invited get the invitation again (SEQUENCE raised). */
    MeetingView updateMeeting(long meetingId, MeetingInput input);

    /** Cancels a planned meeting; invited members get a cancellation. */
    MeetingView cancelMeeting(long meetingId);

    /** Marks a meeting as held (its day has come). */
    MeetingView markHeld(long meetingId);

    /** Sends the invitations now, whatever the days ahead; returns how many went to the outbox. */
    int sendInvitations(long meetingId);

    /**
     * The meeting as an iCalendar file for the signed-in member of its term: the same UID and the
     * current SEQUENCE as the invitation, so a calendar updates the entry it already holds.
     */
    byte[] calendar(long meetingId);

    /** A PDF attached to an agenda item; {@code content} is checked as a PDF within the upload limit. */
    AttachmentView attachToAgendaItem(long meetingId, long agendaItemId, String fileName, byte[] content);

    void removeAgendaAttachment(long meetingId, long attachmentId);

    /** An agenda attachment, for those who may see the meeting. */
    AttachmentFile agendaAttachment(long meetingId, long attachmentId);

    /** The members current on the meeting's day with their attendance (null when not recorded). */
    List<AttendanceView> attendance(long meetingId);

    /** Records attendance (members left out keep theirs) and returns the meeting with its quorum. */
    MeetingView recordAttendance(long meetingId, List<AttendanceEntry> entries);

    MinutesView minutes(long meetingId);

    MinutesView writeMinutes(long meetingId, MinutesInput input);

    /**
     * Records the vote on the minutes of a held meeting taken at a later held meeting of the same
     * term that has its quorum: approved (and public) when more voted for than against; otherwise
     * refused (MINUTES_NOT_APPROVED) and the minutes stay a draft.
     */
    MinutesView approveMinutes(long meetingId, long atMeetingId, VoteCounts counts);
}
