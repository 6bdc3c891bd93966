package pl.koordynator.es.committee.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.AttachmentView;
import pl.koordynator.es.committee.CommitteeDocuments;
import pl.koordynator.es.committee.DocumentInput;
import pl.koordynator.es.committee.DocumentQuery;
import pl.koordynator.es.committee.DocumentStatus;
import pl.koordynator.es.committee.DocumentType;
import pl.koordynator.es.committee.DocumentView;
import pl.koordynator.es.committee.MajorityRule;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.NamedVote;
import pl.koordynator.es.committee.OpinionSubject;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.committee.VoteChoice;
import pl.koordynator.es.committee.VoteCounts;
import pl.koordynator.es.committee.VoteInput;
import pl.koordynator.es.committee.VoteView;
import pl.koordynator.es.committee.VotingMode;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Documents of the committee and their votes. ROPS drafts a document, puts it to the vote (at a
 * meeting, by name or as anonymous counts, or by circulation before a deadline) and closes the
 * vote; the result is computed from the votes under the document's majority rule, never typed.
 * A member votes once (the database refuses a second vote even under a race), only while current
 * and, by circulation, only before the deadline. A decision at a meeting needs its quorum. The
 * number {@code n/YYYY} is given on adoption only, counted within the term and the year.
 * Visitors see adopted documents only.
 */
@Service
public class DocumentService implements CommitteeDocuments {

    static final String ENTITY = "CommitteeDocument";
    static final String VOTE_ENTITY = "CommitteeVote";

    private final JdbcClient jdbc;
    private final CommitteeAccess access;
    private final Inputs inputs;
    private final TermService terms;
    private final MeetingService meetings;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentService(JdbcClient jdbc, CommitteeAccess access, Inputs inputs, TermService terms, MeetingService meetings,
            Attachments attachments, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.inputs = inputs;
        this.terms = terms;
        this.meetings = meetings;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading

    /** With the named votes counted and the members current on the day of the decision. */
    private static final String SELECT = """
            select d.*, g.starts_at as meeting_starts_at,
                (select count(*) filter (where v.choice = 'FOR') from committee_vote v where v.document_id = d.id) as named_for,
                (select count(*) filter (where v.choice = 'AGAINST') from committee_vote v where v.document_id = d.id) as named_against,
                (select count(*) filter (where v.choice = 'ABSTAIN') from committee_vote v where v.document_id = d.id) as named_abstain,
                (select count(*) from committee_member m where m.term_id = d.term_id
                    and m.appointed_on <= coalesce((g.starts_at at time zone :zone)::date, :today)
                    and (m.ended_on is null or m.ended_on > coalesce((g.starts_at at time zone :zone)::date, :today)))
                    as members_now
            from committee_document d left join committee_meeting g on g.id = d.meeting_id""";

    @Override
    @Transactional(readOnly = true)
    public PageOf<DocumentView> documents(DocumentQuery query, Paging paging) {
        DocumentQuery filter = query == null ? DocumentQuery.everything() : query;
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        DocumentStatus status = access.viewer().insider() ? filter.status() : DocumentStatus.ADOPTED;
        if (status != null) {
            where.append(" and d.status = :status");
            params.put("status", status.name());
        }
        if (filter.type() != null) {
            where.append(" and d.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.termId() != null) {
            where.append(" and d.term_id = :term");
            params.put("term", filter.termId());
        }
        if (filter.year() != null) {
            where.append(" and coalesce(d.number_year, extract(year from d.created_at)::int) = :year");
            params.put("year", filter.year());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (strpos(lower(d.subject), lower(:text)) > 0 or strpos(lower(coalesce(d.text, '')), lower(:text)) > 0"
                    + " or (d.number_seq || '/' || d.number_year) = :text)");
            params.put("text", filter.text().strip());
        }
        long total = jdbc.sql("select count(*) from committee_document d" + where).params(params).query(Long.class)
                .single();
        List<DocumentRow> rows = jdbc.sql(SELECT + where
                        + " order by coalesce(d.adopted_on, d.created_at::date) desc, d.id desc limit :limit offset :offset")
                .params(params).params(dayParams()).param("limit", paging.size()).param("offset", paging.offset())
                .query(DocumentRow::of).list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }

    private Map<String, Object> dayParams() {
        return Map.of("zone", meetings.zone().getId(), "today", terms.today());
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentView document(long documentId) {
        DocumentRow row = row(documentId);
        if (row.status() != DocumentStatus.ADOPTED && !access.viewer().insider()) {
            throw new NotFoundException("committee document", documentId);
        }
        return views(List.of(row)).get(0);
    }

    DocumentRow row(long documentId) {
        return jdbc.sql(SELECT + " where d.id = :id").params(dayParams()).param("id", documentId)
                .query(DocumentRow::of).optional()
                .orElseThrow(() -> new NotFoundException("committee document", documentId));
    }

    private List<DocumentView> views(List<DocumentRow> rows) {
        Map<Long, List<AttachmentView>> files = attachments.of(Attachments.Owner.DOCUMENT,
                rows.stream().map(DocumentRow::id).toList());
        return rows.stream().map(row -> row.view(files.getOrDefault(row.id(), List.of()))).toList();
    }

    // ---- drafting

    @Override
    @Transactional
    public DocumentView createDocument(DocumentInput input) {
        access.viewer().requireAdmin("drafts documents");
        inputs.check(input);
        TermView term = terms.findTerm(input.termId())
                .orElseThrow(() -> InvalidInputException.of("termId", "committee.core.term.unknown"));
        MajorityRule rule = check(input, term);
        long id = jdbc.sql("""
                insert into committee_document (term_id, type, opinion_subject, subject, text, voting_mode, meeting_id,
                    circulation_deadline, majority_rule)
                values (:term, :type, :opinion, :subject, :text, :mode, :meeting, :deadline, :rule) returning id""")
                .params(params(input, rule)).query(Long.class).single();
        audit.created(ENTITY, id, state(input, rule));
        return document(id);
    }

    @Override
    @Transactional
    public DocumentView updateDocument(long documentId, DocumentInput input) {
        access.viewer().requireAdmin("changes documents");
        DocumentRow before = row(documentId);
        inputs.check(input);
        if (before.status() != DocumentStatus.DRAFT) {
            throw conflict("committee.core.document.notDraft", "NOT_DRAFT", documentId);
        }
        if (input.termId() != before.termId()) {
            throw InvalidInputException.of("termId", "committee.core.document.otherTerm");
        }
        MajorityRule rule = check(input, terms.term(before.termId()));
        jdbc.sql("""
                update committee_document set type = :type, opinion_subject = :opinion, subject = :subject, text = :text,
                    voting_mode = :mode, meeting_id = :meeting, circulation_deadline = :deadline, majority_rule = :rule,
                    version = version + 1
                where id = :id""").params(params(input, rule)).param("id", documentId).update();
        audit.updated(ENTITY, documentId, before.state(), state(input, rule));
        return document(documentId);
    }

    private MajorityRule check(DocumentInput input, TermView term) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.type() == DocumentType.OPINION && input.opinionSubject() == null) {
            problems.add(new FieldProblem("opinionSubject", "committee.core.document.opinionSubjectRequired"));
        }
        if (input.type() != DocumentType.OPINION && input.opinionSubject() != null) {
            problems.add(new FieldProblem("opinionSubject", "committee.core.document.opinionSubjectOnlyOpinion"));
        }
        if (input.votingMode() == VotingMode.CIRCULATION) {
            if (input.circulationDeadline() == null) {
                problems.add(new FieldProblem("circulationDeadline", "committee.core.field.required"));
            } else if (!input.circulationDeadline().isAfter(OffsetDateTime.now(clock))) {
                problems.add(new FieldProblem("circulationDeadline", "committee.core.document.deadlinePast"));
            }
            if (input.meetingId() != null) {
                problems.add(new FieldProblem("meetingId", "committee.core.document.meetingNotForCirculation"));
            }
        } else {
            if (input.meetingId() == null) {
                problems.add(new FieldProblem("meetingId", "committee.core.field.required"));
            } else {
                boolean sameTerm = jdbc.sql("""
                        select count(*) from committee_meeting where id = :id and term_id = :term and status <> 'CANCELLED'""")
                        .param("id", input.meetingId()).param("term", term.id()).query(Long.class).single() == 1;
                if (!sameTerm) {
                    problems.add(new FieldProblem("meetingId", "committee.core.document.meetingUnknown"));
                }
            }
            if (input.circulationDeadline() != null) {
                problems.add(new FieldProblem("circulationDeadline", "committee.core.document.deadlineOnlyCirculation"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input.majorityRule() != null ? input.majorityRule() : CommitteeRules.defaultRule(input.type());
    }

    private static Map<String, Object> params(DocumentInput input, MajorityRule rule) {
        Map<String, Object> params = new HashMap<>();
        params.put("term", input.termId());
        params.put("type", input.type().name());
        params.put("opinion", input.opinionSubject() == null ? null : input.opinionSubject().name());
        params.put("subject", input.subject().strip());
        params.put("text", input.text());
        params.put("mode", input.votingMode().name());
        params.put("meeting", input.meetingId());
        params.put("deadline", input.circulationDeadline());
        params.put("rule", rule.name());
        return params;
    }

    private static Map<String, Object> state(DocumentInput input, MajorityRule rule) {
        Map<String, Object> state = new HashMap<>();
        state.put("type", input.type().name());
        state.put("opinionSubject", input.opinionSubject() == null ? "" : input.opinionSubject().name());
        state.put("subject", input.subject().strip());
        state.put("votingMode", input.votingMode().name());
        state.put("meetingId", input.meetingId() == null ? "" : input.meetingId());
        state.put("circulationDeadline", input.circulationDeadline() == null ? "" : input.circulationDeadline().toString());
        state.put("majorityRule", rule.name());
        return state;
    }

    // ---- attachments

    @Override
    @Transactional
    public AttachmentView attach(long documentId, String fileName, byte[] content) {
        access.viewer().requireAdmin("attaches files to documents");
        row(documentId);
        return attachments.add(Attachments.Owner.DOCUMENT, documentId, fileName, content, access.viewer().username());
    }

    @Override
    @Transactional
    public void removeAttachment(long documentId, long attachmentId) {
        access.viewer().requireAdmin("removes files of documents");
        DocumentRow row = row(documentId);
        if (row.status() == DocumentStatus.ADOPTED) {
            throw conflict("committee.core.document.adopted", "ADOPTED", documentId);
        }
        attachments.remove(Attachments.Owner.DOCUMENT, documentId, attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long documentId, long attachmentId) {
        document(documentId);
        return attachments.file(Attachments.Owner.DOCUMENT, documentId, attachmentId);
    }

    // ---- voting

    @Override
    @Transactional
    public DocumentView openVoting(long documentId) {
        access.viewer().requireAdmin("opens votes");
        DocumentRow row = row(documentId);
        if (row.status() != DocumentStatus.DRAFT) {
            throw conflict("committee.core.document.notDraft", "NOT_DRAFT", documentId);
        }
        if (row.votingMode() == VotingMode.CIRCULATION && !row.circulationDeadline().isAfter(OffsetDateTime.now(clock))) {
            throw conflict("committee.core.vote.deadlinePassed", "DEADLINE_PASSED", documentId);
        }
        setStatus(row, DocumentStatus.VOTING);
        return document(documentId);
    }

    @Override
    @Transactional
    public VoteView vote(long documentId, VoteInput vote) {
        CommitteeAccess.Viewer viewer = access.viewer();
        if (!viewer.member()) {
            throw new AccessDeniedException("only committee members vote");
        }
        DocumentRow row = row(documentId);
        inputs.check(vote);
        if (row.status() != DocumentStatus.VOTING) {
            throw conflict("committee.core.vote.notOpen", "VOTING_NOT_OPEN", documentId);
        }
        if (row.votingMode() == VotingMode.MEETING_ANONYMOUS_COUNTS) {
            throw conflict("committee.core.vote.anonymous", "ANONYMOUS_VOTE", documentId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (row.votingMode() == VotingMode.CIRCULATION && !now.isBefore(row.circulationDeadline())) {
            throw conflict("committee.core.vote.deadlinePassed", "DEADLINE_PASSED", documentId);
        }
        LocalDate day = row.meetingStartsAt() != null ? meetings.dayOf(row.meetingStartsAt()) : terms.today();
        TermService.MemberRow member = jdbc.sql("select * from committee_member where term_id = :term and user_id = :user order by id desc")
                .param("term", row.termId()).param("user", viewer.userId()).query(TermService.MemberRow::of).list()
                .stream().filter(candidate -> candidate.currentOn(day) && candidate.currentOn(terms.today())).findFirst()
                .orElseThrow(() -> conflict("committee.core.vote.notMember", "NOT_A_CURRENT_MEMBER", documentId));
        long id;
        try {
            id = jdbc.sql("""
                    insert into committee_vote (document_id, member_id, choice, cast_at) values (:d, :m, :c, :at)
                    on conflict (document_id, member_id) do nothing returning id""")
                    .param("d", documentId).param("m", member.id()).param("c", vote.choice().name()).param("at", now)
                    .query(Long.class).optional().orElseThrow(() -> conflict("committee.core.vote.twice", "ALREADY_VOTED", documentId));
        } catch (DuplicateKeyException race) {
            throw conflict("committee.core.vote.twice", "ALREADY_VOTED", documentId);
        }
        // the choice stays out of the trail: who voted how is read on the document, by the committee
        audit.created(VOTE_ENTITY, id, Map.of("documentId", documentId, "memberId", member.id()));
        return new VoteView(documentId, member.id(), member.fullName(), vote.choice(), now.toInstant());
    }

    @Override
    @Transactional
    public List<VoteView> recordVotes(long documentId, List<NamedVote> votes) {
        access.viewer().requireAdmin("records votes on the members' behalf");
        DocumentRow row = row(documentId);
        if (votes == null || votes.isEmpty()) {
            throw InvalidInputException.of("votes", "committee.votes.none");
        }
        for (int i = 0; i < votes.size(); i++) {
            if (votes.get(i) == null || votes.get(i).choice() == null) {
                throw InvalidInputException.of("[" + i + "].choice", "committee.core.field.required");
            }
        }
        if (row.status() != DocumentStatus.VOTING) {
            throw conflict("committee.core.vote.notOpen", "VOTING_NOT_OPEN", documentId);
        }
        if (row.votingMode() != VotingMode.MEETING_NAMED) {
            throw conflict("committee.votes.notNamed", "NOT_NAMED_AT_MEETING", documentId);
        }
        meetings.requireQuorum(row.meetingId());
        // the same rule as a member's own vote: current on the meeting's day and still today
        LocalDate day = meetings.dayOf(row.meetingStartsAt());
        Map<Long, TermService.MemberRow> members = new HashMap<>();
        jdbc.sql("select * from committee_member where term_id = :term").param("term", row.termId())
                .query(TermService.MemberRow::of).list().forEach(member -> members.put(member.id(), member));
        List<Long> votedBefore = jdbc.sql("select member_id from committee_vote where document_id = :d")
                .param("d", documentId).query(Long.class).list();
        HashSet<Long> seen = new HashSet<>(votedBefore);
        for (NamedVote vote : votes) {
            TermService.MemberRow member = members.get(vote.memberId());
            if (member == null || !member.currentOn(day) || !member.currentOn(terms.today())) {
                throw memberConflict("committee.votes.notMember", "NOT_A_CURRENT_MEMBER", documentId, vote.memberId(),
                        member == null ? "#" + vote.memberId() : member.fullName());
            }
            if (!seen.add(member.id())) {
                throw memberConflict("committee.votes.twice", "ALREADY_VOTED", documentId, member.id(), member.fullName());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<VoteView> recorded = new ArrayList<>();
        for (NamedVote vote : votes) {
            TermService.MemberRow member = members.get(vote.memberId());
            long id;
            try {
                // a member voting on their own at the same moment: the whole batch is rolled back
                id = jdbc.sql("""
                        insert into committee_vote (document_id, member_id, choice, cast_at) values (:d, :m, :c, :at)
                        on conflict (document_id, member_id) do nothing returning id""")
                        .param("d", documentId).param("m", member.id()).param("c", vote.choice().name()).param("at", now)
                        .query(Long.class).optional().orElseThrow(() -> memberConflict("committee.votes.twice",
                                "ALREADY_VOTED", documentId, member.id(), member.fullName()));
            } catch (DuplicateKeyException race) {
                throw memberConflict("committee.votes.twice", "ALREADY_VOTED", documentId, member.id(), member.fullName());
            }
            audit.created(VOTE_ENTITY, id, Map.of("documentId", documentId, "memberId", member.id(), "recordedBy", "ROPS"));
            recorded.add(new VoteView(documentId, member.id(), member.fullName(), vote.choice(), now.toInstant()));
        }
        return recorded;
    }

    /** A refusal naming the member on the page; the detail (which may reach logs) carries the id only. */
    private static ConflictException memberConflict(String key, String reason, long documentId, long memberId,
            String name) {
        return new ConflictException(key, reason + " (document " + documentId + ", member " + memberId + ")",
                new Object[] {name}, Map.of("reason", reason, "memberId", memberId));
    }

    @Override
    @Transactional
    public DocumentView recordCounts(long documentId, VoteCounts counts) {
        access.viewer().requireAdmin("records the counts of a vote");
        DocumentRow row = row(documentId);
        inputs.check(counts);
        if (row.votingMode() != VotingMode.MEETING_ANONYMOUS_COUNTS) {
            throw conflict("committee.core.vote.notAnonymous", "NOT_ANONYMOUS", documentId);
        }
        if (row.status() != DocumentStatus.VOTING) {
            throw conflict("committee.core.vote.notOpen", "VOTING_NOT_OPEN", documentId);
        }
        meetings.requireQuorum(row.meetingId());
        int present = meetings.row(row.meetingId()).present();
        if (counts.forVotes() + counts.against() + counts.abstain() > present) {
            throw InvalidInputException.of("forVotes", "committee.core.vote.moreThanPresent", present);
        }
        jdbc.sql("update committee_document set count_for = :f, count_against = :a, count_abstain = :b, version = version + 1 where id = :id")
                .param("f", counts.forVotes()).param("a", counts.against()).param("b", counts.abstain())
                .param("id", documentId).update();
        audit.updated(ENTITY, documentId, Map.of("counts", ""),
                Map.of("counts", counts.forVotes() + "/" + counts.against() + "/" + counts.abstain()));
        return document(documentId);
    }

    @Override
    @Transactional
    public DocumentView close(long documentId) {
        access.viewer().requireAdmin("closes votes");
        DocumentRow row = row(documentId);
        if (row.status() != DocumentStatus.VOTING) {
            throw conflict("committee.core.vote.notOpen", "VOTING_NOT_OPEN", documentId);
        }
        LocalDate day;
        if (row.meetingId() != null) {
            meetings.requireQuorum(row.meetingId());
            day = meetings.dayOf(row.meetingStartsAt());
        } else {
            day = terms.today();
        }
        if (row.votingMode() == VotingMode.MEETING_ANONYMOUS_COUNTS && row.countFor() == null) {
            throw conflict("committee.core.vote.countsMissing", "COUNTS_MISSING", documentId);
        }
        int forVotes = row.forVotes();
        int against = row.againstVotes();
        int abstain = row.abstainVotes();
        int members = row.membersNow();
        boolean adopted = CommitteeRules.adopted(row.majorityRule(), forVotes, against, abstain, members);
        Integer number = null;
        if (adopted) {
            number = jdbc.sql("""
                    insert into committee_document_counter (term_id, year, last) values (:term, :year, 1)
                    on conflict (term_id, year) do update set last = committee_document_counter.last + 1
                    returning last""").param("term", row.termId()).param("year", day.getYear())
                    .query(Integer.class).single();
        }
        int changed = jdbc.sql("""
                update committee_document set status = :status, adopted = :adopted, members_at_close = :members,
                    count_for = :f, count_against = :a, count_abstain = :b, closed_at = :now,
                    adopted_on = :on, number_seq = :seq, number_year = :year, version = version + 1
                where id = :id and status = 'VOTING'""")
                .param("status", (adopted ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED).name())
                .param("adopted", adopted).param("members", members).param("f", forVotes).param("a", against)
                .param("b", abstain).param("now", OffsetDateTime.now(clock)).param("on", adopted ? day : null)
                .param("seq", number).param("year", adopted ? day.getYear() : null).param("id", documentId).update();
        if (changed != 1) {
            throw conflict("committee.core.vote.notOpen", "VOTING_NOT_OPEN", documentId);
        }
        audit.updated(ENTITY, documentId, Map.of("status", DocumentStatus.VOTING.name()),
                Map.of("status", (adopted ? DocumentStatus.ADOPTED : DocumentStatus.REJECTED).name(),
                        "votes", forVotes + "/" + against + "/" + abstain, "members", members,
                        "number", number == null ? "" : number + "/" + day.getYear()));
        return document(documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoteView> votes(long documentId) {
        if (!access.viewer().insider()) {
            throw new AccessDeniedException("named votes are the committee's");
        }
        row(documentId);
        return jdbc.sql("""
                select v.document_id, v.member_id, m.full_name, v.choice, v.cast_at from committee_vote v
                join committee_member m on m.id = v.member_id where v.document_id = :d order by m.full_name, v.id""")
                .param("d", documentId).query((rs, n) -> new VoteView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        VoteChoice.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> openForMyVote() {
        CommitteeAccess.Viewer viewer = access.viewer();
        if (!viewer.member()) {
            return List.of();
        }
        List<DocumentRow> rows = jdbc.sql(SELECT + """
                 join committee_member me on me.term_id = d.term_id and me.user_id = :user
                    and me.appointed_on <= :today and (me.ended_on is null or me.ended_on > :today)
                where d.status = 'VOTING' and d.voting_mode <> 'MEETING_ANONYMOUS_COUNTS'
                    and (d.circulation_deadline is null or d.circulation_deadline > :now)
                    and not exists (select 1 from committee_vote v where v.document_id = d.id and v.member_id = me.id)
                order by coalesce(d.circulation_deadline, g.starts_at), d.id""")
                .params(dayParams()).param("user", viewer.userId()).param("now", OffsetDateTime.now(clock))
                .query(DocumentRow::of).list();
        return views(rows);
    }

    private void setStatus(DocumentRow row, DocumentStatus status) {
        jdbc.sql("update committee_document set status = :status, version = version + 1 where id = :id")
                .param("status", status.name()).param("id", row.id()).update();
        audit.updated(ENTITY, row.id(), Map.of("status", row.status().name()), Map.of("status", status.name()));
    }

    private static ConflictException conflict(String key, String reason, long documentId) {
        return new ConflictException(key, reason + " (document " + documentId + ")", new Object[0],
                Map.of("reason", reason));
    }

    record DocumentRow(long id, long termId, DocumentType type, OpinionSubject opinionSubject, DocumentStatus status,
            Integer numberSeq, Integer numberYear, String subject, String text, VotingMode votingMode, Long meetingId,
            OffsetDateTime meetingStartsAt, OffsetDateTime circulationDeadline, MajorityRule majorityRule,
            Integer countFor, Integer countAgainst, Integer countAbstain, int namedFor, int namedAgainst,
            int namedAbstain, Integer membersAtClose, int membersNow, Boolean adopted, LocalDate adoptedOn) {

        static DocumentRow of(ResultSet rs, int row) throws SQLException {
            String opinion = rs.getString("opinion_subject");
            return new DocumentRow(rs.getLong("id"), rs.getLong("term_id"), DocumentType.valueOf(rs.getString("type")),
                    opinion == null ? null : OpinionSubject.valueOf(opinion), DocumentStatus.valueOf(rs.getString("status")),
                    rs.getObject("number_seq", Integer.class), rs.getObject("number_year", Integer.class),
                    rs.getString("subject"), rs.getString("text"), VotingMode.valueOf(rs.getString("voting_mode")),
                    rs.getObject("meeting_id", Long.class), rs.getObject("meeting_starts_at", OffsetDateTime.class),
                    rs.getObject("circulation_deadline", OffsetDateTime.class),
                    MajorityRule.valueOf(rs.getString("majority_rule")), rs.getObject("count_for", Integer.class),
                    rs.getObject("count_against", Integer.class), rs.getObject("count_abstain", Integer.class),
                    rs.getInt("named_for"), rs.getInt("named_against"), rs.getInt("named_abstain"),
                    rs.getObject("members_at_close", Integer.class), rs.getInt("members_now"),
                    rs.getObject("adopted", Boolean.class), rs.getObject("adopted_on", LocalDate.class));
        }

        boolean closed() {
            return status == DocumentStatus.ADOPTED || status == DocumentStatus.REJECTED;
        }

        /** Anonymous votes as announced; named ones as cast (kept as counts when the vote closes). */
        int forVotes() {
            return votingMode == VotingMode.MEETING_ANONYMOUS_COUNTS || closed() ? zero(countFor) : namedFor;
        }

        int againstVotes() {
            return votingMode == VotingMode.MEETING_ANONYMOUS_COUNTS || closed() ? zero(countAgainst) : namedAgainst;
        }

        int abstainVotes() {
            return votingMode == VotingMode.MEETING_ANONYMOUS_COUNTS || closed() ? zero(countAbstain) : namedAbstain;
        }

        int members() {
            return membersAtClose != null ? membersAtClose : membersNow;
        }

        private static int zero(Integer value) {
            return value == null ? 0 : value;
        }

        String number() {
            return numberSeq == null ? null : numberSeq + "/" + numberYear;
        }

        DocumentView view(List<AttachmentView> files) {
            return new DocumentView(id, termId, type, opinionSubject, status, number(), subject, text, files,
                    votingMode, meetingId, circulationDeadline, majorityRule,
                    CommitteeRules.tally(majorityRule, forVotes(), againstVotes(), abstainVotes(), members(), closed()),
                    adoptedOn);
        }

        Map<String, Object> state() {
            Map<String, Object> state = new HashMap<>();
            state.put("type", type.name());
            state.put("opinionSubject", opinionSubject == null ? "" : opinionSubject.name());
            state.put("subject", subject);
            state.put("votingMode", votingMode.name());
            state.put("meetingId", meetingId == null ? "" : meetingId);
            state.put("circulationDeadline", circulationDeadline == null ? "" : circulationDeadline.toString());
            state.put("majorityRule", majorityRule.name());
            return state;
        }
    }
}
