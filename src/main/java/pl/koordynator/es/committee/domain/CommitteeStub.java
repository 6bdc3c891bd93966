package pl.koordynator.es.committee.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import pl.koordynator.es.committee.*;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** A stand-in until the services are written; pages compile against the facades meanwhile. */
@Service
class CommitteeStub implements CommitteeTerms, CommitteeMeetings, CommitteeDocuments, SectorPositions {

    @Override
    public List<TermView> terms() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public TermView term(long termId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<TermView> currentTerm() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public TermView createTerm(TermInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public TermView updateTerm(long termId, TermInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<MemberView> members(Long termId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MemberView member(long memberId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Composition composition(long termId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MemberView addMember(MemberInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MemberView updateMember(long memberId, MemberInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MemberView endMembership(long memberId, MembershipEnd end) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<MemberView> me() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<MemberView> flaggedMembers() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public CommitteeSettings settings() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public CommitteeSettings updateSettings(CommitteeSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PageOf<MeetingView> meetings(MeetingQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView meeting(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<MeetingView> nextMeeting() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView createMeeting(MeetingInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView updateMeeting(long meetingId, MeetingInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView cancelMeeting(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView markHeld(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int sendInvitations(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentView attachToAgendaItem(long meetingId, long agendaItemId, String fileName, byte[] content) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void removeAgendaAttachment(long meetingId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentFile agendaAttachment(long meetingId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<AttendanceView> attendance(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MeetingView recordAttendance(long meetingId, List<AttendanceEntry> entries) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MinutesView minutes(long meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MinutesView writeMinutes(long meetingId, MinutesInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public MinutesView approveMinutes(long meetingId, long atMeetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PageOf<DocumentView> documents(DocumentQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView document(long documentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView createDocument(DocumentInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView updateDocument(long documentId, DocumentInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentView attach(long documentId, String fileName, byte[] content) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void removeAttachment(long documentId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentFile attachment(long documentId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView openVoting(long documentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public VoteView vote(long documentId, VoteInput vote) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView recordCounts(long documentId, VoteCounts counts) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public DocumentView close(long documentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<VoteView> votes(long documentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<DocumentView> openForMyVote() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PageOf<PositionView> positions(PositionQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PositionView position(long positionId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PositionView createPosition(PositionInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public PositionView updatePosition(long positionId, PositionInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentView attachToPosition(long positionId, String fileName, byte[] content) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void removePositionAttachment(long positionId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public AttachmentFile positionAttachment(long positionId, long attachmentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<PositionView> deadlinesComing(int days) {
        throw new UnsupportedOperationException("not yet");
    }
}
