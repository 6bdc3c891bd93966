package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import java.time.LocalTime;
import pl.koordynator.es.committee.DocumentInput;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MajorityRule;
import pl.koordynator.es.committee.OpinionSubject;
import pl.koordynator.es.committee.VotingMode;

/** A draft document: voted at a meeting (by name or as counts) or by circulation before a deadline; the majority rule left empty is the type's default. */
class DocumentForm {

    private String type;
    private String opinionSubject;
    private String subject;
    private String text;
    private String votingMode = "MEETING_NAMED";
    private Long meetingId;
    private String deadlineDay;
    private String deadlineTime = "23:59";
    private String majorityRule;

    static DocumentForm of(DocumentView document, CommitteeChoices choices) {
        DocumentForm form = new DocumentForm();
        form.type = document.type().name();
        form.opinionSubject = document.opinionSubject() == null ? null : document.opinionSubject().name();
        form.subject = document.subject();
        form.text = document.text();
        form.votingMode = document.votingMode().name();
        form.meetingId = document.meetingId();
        form.deadlineDay = choices.day(document.circulationDeadline());
        form.deadlineTime = document.circulationDeadline() == null ? "23:59" : choices.time(document.circulationDeadline());
        form.majorityRule = document.majorityRule() == null ? null : document.majorityRule().name();
        return form;
    }

    DocumentInput toInput(long termId, CommitteeChoices choices) {
        CommitteeChoices.Problems problems = new CommitteeChoices.Problems();
        DocumentType kind = problems.choice("type", DocumentType.class, type, true);
        OpinionSubject about = problems.choice("opinionSubject", OpinionSubject.class, opinionSubject,
                kind == DocumentType.OPINION);
        VotingMode mode = problems.choice("votingMode", VotingMode.class, votingMode, true);
        MajorityRule rule = problems.choice("majorityRule", MajorityRule.class, majorityRule, false);
        boolean circulation = mode == VotingMode.CIRCULATION;
        LocalDate deadline = problems.day("deadlineDay", deadlineDay, circulation);
        LocalTime deadlineAt = problems.time("deadlineTime", deadlineTime, circulation);
        if (mode != null && !circulation && meetingId == null) {
            problems.add("meetingId", "committee.admin.error.meeting");
        }
        problems.throwIfAny();
        return new DocumentInput(termId, kind, kind == DocumentType.OPINION ? about : null,
                subject == null ? null : subject.strip(), text, mode, circulation ? null : meetingId,
                circulation ? choices.at(deadline, deadlineAt) : null, rule);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOpinionSubject() {
        return opinionSubject;
    }

    public void setOpinionSubject(String opinionSubject) {
        this.opinionSubject = opinionSubject;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getVotingMode() {
        return votingMode;
    }

    public void setVotingMode(String votingMode) {
        this.votingMode = votingMode;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getDeadlineDay() {
        return deadlineDay;
    }

    public void setDeadlineDay(String deadlineDay) {
        this.deadlineDay = deadlineDay;
    }

    public String getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(String deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getMajorityRule() {
        return majorityRule;
    }

    public void setMajorityRule(String majorityRule) {
        this.majorityRule = majorityRule;
    }
}
