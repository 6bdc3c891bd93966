package pl.koordynator.es.committee.domain;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditedTypes;

/** Terms, members, meetings, attendance, minutes, documents, votes, positions and files in the audit trail. */
@Component
class CommitteeAuditedTypes implements AuditedTypes {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                AuditedType.unlinked(TermService.TERM_ENTITY, "audit.entity.CommitteeTerm"),
                AuditedType.unlinked(TermService.MEMBER_ENTITY, "audit.entity.CommitteeMember"),
                AuditedType.unlinked(TermService.SETTINGS_ENTITY, "audit.entity.CommitteeSettings"),
                AuditedType.linked(MeetingService.ENTITY, "audit.entity.CommitteeMeeting", CommitteeFeed.MEETING_PAGE + "{id}"),
                AuditedType.unlinked(MeetingService.ATTENDANCE_ENTITY, "audit.entity.CommitteeAttendance"),
                AuditedType.unlinked(MeetingService.MINUTES_ENTITY, "audit.entity.CommitteeMinutes"),
                AuditedType.unlinked(DocumentService.ENTITY, "audit.entity.CommitteeDocument"),
                AuditedType.unlinked(DocumentService.VOTE_ENTITY, "audit.entity.CommitteeVote"),
                AuditedType.unlinked(PositionService.ENTITY, "audit.entity.SectorPosition"),
                AuditedType.unlinked(Attachments.ENTITY, "audit.entity.CommitteeAttachment"));
    }
}
