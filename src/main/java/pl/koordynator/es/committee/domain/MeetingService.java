package pl.koordynator.es.committee.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.committee.AgendaItemInput;
import pl.koordynator.es.committee.AgendaItemView;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.AttachmentView;
import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.AttendanceEntry;
import pl.koordynator.es.committee.AttendanceView;
import pl.koordynator.es.committee.CommitteeMeetings;
import pl.koordynator.es.committee.MajorityRule;
import pl.koordynator.es.committee.MeetingInput;
import pl.koordynator.es.committee.MeetingMode;
import pl.koordynator.es.committee.MeetingQuery;
import pl.koordynator.es.committee.MeetingStatus;
import pl.koordynator.es.committee.MeetingView;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.MinutesInput;
import pl.koordynator.es.committee.MinutesStatus;
import pl.koordynator.es.committee.MinutesView;
import pl.koordynator.es.committee.Quorum;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.committee.VoteCounts;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Meetings of a term, numbered within it in order of creation, with their agenda, attendance,
 * quorum and minutes. A decision (a vote closed at the meeting, anonymous counts, approving
 * minutes) needs the quorum: more than half of the members current on the meeting's day attending
 * in person or remotely. Recording attendance marks a planned meeting as held. Visitors see planned
 * and held meetings without the online link, and minutes once approved.
 */
@Service
public class MeetingService implements CommitteeMeetings {

    static final String ENTITY = "CommitteeMeeting";
    static final String ATTENDANCE_ENTITY = "CommitteeAttendance";
    static final String MINUTES_ENTITY = "CommitteeMinutes";
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final JdbcClient jdbc;
    private final CommitteeAccess access;
    private final Inputs inputs;
    private final TermService terms;
    private final Attachments attachments;
    private final Invitations invitations;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final PlatformSettings platform;
    private final Clock clock;

    MeetingService(JdbcClient jdbc, CommitteeAccess access, Inputs inputs, TermService terms, Attachments attachments,
            Invitations invitations, Notifications notifications, MessageSource messages, AuditTrail audit,
            PlatformSettings platform, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.inputs = inputs;
        this.terms = terms;
        this.attachments = attachments;
        this.invitations = invitations;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.platform = platform;
        this.clock = clock;
    }

    ZoneId zone() {
        return platform.timeZone();
    }

    /** The meeting's day in the region, on which members are counted. */
    LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone()).toLocalDate();
    }

    // ---- reading

    private static final String SELECT = """
            select g.*, t.number as term_number,
                (select count(*) from committee_member m where m.term_id = g.term_id
                    and m.appointed_on <= (g.starts_at at time zone :zone)::date
                    and (m.ended_on is null or m.ended_on > (g.starts_at at time zone :zone)::date)) as current_members,
                (select count(*) from committee_attendance a join committee_member m on m.id = a.member_id
                    where a.meeting_id = g.id and a.attendance in ('PRESENT', 'REMOTE')
                    and m.appointed_on <= (g.starts_at at time zone :zone)::date
                    and (m.ended_on is null or m.ended_on > (g.starts_at at time zone :zone)::date)) as present
            from committee_meeting g join committee_term t on t.id = g.term_id""";

    @Override
    @Transactional(readOnly = true)
    public PageOf<MeetingView> meetings(MeetingQuery query, Paging paging) {
        MeetingQuery filter = query == null ? MeetingQuery.everything() : query;
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        params.put("zone", zone().getId());
        if (!access.viewer().insider()) {
            where.append(" and g.status <> 'CANCELLED'");
        }
        if (filter.termId() != null) {
            where.append(" and g.term_id = :term");
            params.put("term", filter.termId());
        }
        if (filter.status() != null) {
            where.append(" and g.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.year() != null) {
            where.append(" and extract(year from g.starts_at at time zone :zone) = :year");
            params.put("year", filter.year());
        }
        long total = jdbc.sql("select count(*) from committee_meeting g" + where).params(params).query(Long.class)
                .single();
        List<MeetingRow> rows = jdbc.sql(SELECT + where + " order by g.starts_at desc, g.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(MeetingRow::of).list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public MeetingView meeting(long meetingId) {
        MeetingRow row = row(meetingId);
        if (row.status() == MeetingStatus.CANCELLED && !access.viewer().insider()) {
            throw new NotFoundException("committee meeting", meetingId);
        }
        return views(List.of(row)).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] calendar(long meetingId) {
        CommitteeAccess.Viewer viewer = access.viewer();
        if (!viewer.member()) {
            throw new AccessDeniedException("the meeting's calendar file is for committee members");
        }
        MeetingRow meeting = row(meetingId);
        // a member of another term (or a former one) learns nothing, not even that the meeting exists
        String email = jdbc.sql("select * from committee_member where term_id = :term and user_id = :user order by id desc")
                .param("term", meeting.termId()).param("user", viewer.userId()).query(TermService.MemberRow::of).list()
                .stream().filter(member -> member.currentOn(terms.today())).findFirst()
                .orElseThrow(() -> new NotFoundException("committee meeting", meetingId)).email();
        return invitations.calendar(meetingId, email).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    MeetingRow row(long meetingId) {
        return jdbc.sql(SELECT + " where g.id = :id").param("zone", zone().getId()).param("id", meetingId)
                .query(MeetingRow::of).optional()
                .orElseThrow(() -> new NotFoundException("committee meeting", meetingId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingView> nextMeeting() {
        return jdbc.sql(SELECT + " where g.status = 'PLANNED' and g.starts_at >= :now order by g.starts_at, g.id limit 1")
                .param("zone", zone().getId()).param("now", OffsetDateTime.now(clock)).query(MeetingRow::of)
                .optional().map(row -> views(List.of(row)).get(0));
    }

    private List<MeetingView> views(List<MeetingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        boolean insider = access.viewer().insider();
        List<Long> ids = rows.stream().map(MeetingRow::id).toList();
        Map<Long, List<AgendaRow>> agendas = new HashMap<>();
        jdbc.sql("select * from committee_agenda_item where meeting_id in (:ids) order by meeting_id, position")
                .param("ids", ids).query((rs, n) -> new AgendaRow(rs.getLong("id"), rs.getLong("meeting_id"),
                        rs.getInt("position"), rs.getString("title"), rs.getString("presenter"))).list()
                .forEach(item -> agendas.computeIfAbsent(item.meetingId(), id -> new ArrayList<>()).add(item));
        Map<Long, List<AttachmentView>> files = attachments.of(Attachments.Owner.AGENDA,
                agendas.values().stream().flatMap(List::stream).map(AgendaRow::id).toList());
        return rows.stream().map(row -> new MeetingView(row.id(), row.termId(), row.termNumber(), row.number(),
                row.startsAt(), row.endsAt(), row.mode(), row.venue(), insider ? row.onlineLink() : null,
                row.status(), agendas.getOrDefault(row.id(), List.of()).stream()
                        .map(item -> new AgendaItemView(item.id(), item.position(), item.title(), item.presenter(),
                                files.getOrDefault(item.id(), List.of())))
                        .toList(),
                row.quorum(), row.minutesStatus(), row.invitationSequence(),
                row.invitationsSentAt() == null ? null : row.invitationsSentAt().toInstant())).toList();
    }

    // ---- planning

    @Override
    @Transactional
    public MeetingView createMeeting(MeetingInput input) {
        access.viewer().requireAdmin("plans meetings");
        inputs.check(input);
        TermView term = terms.findTerm(input.termId())
                .orElseThrow(() -> InvalidInputException.of("termId", "committee.core.term.unknown"));
        OffsetDateTime ends = check(input, term);
        // the number within the term, taken under the term's row lock so two meetings never share one
        jdbc.sql("select id from committee_term where id = :term for update").param("term", term.id())
                .query(Long.class).single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from committee_meeting where term_id = :term")
                .param("term", term.id()).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into committee_meeting (term_id, number, starts_at, ends_at, mode, venue, online_link)
                values (:term, :number, :starts, :ends, :mode, :venue, :link) returning id""")
                .param("term", term.id()).param("number", number).param("starts", input.startsAt())
                .param("ends", ends).param("mode", input.mode().name())
                .param("venue", TermService.blankToNull(input.venue()))
                .param("link", TermService.blankToNull(input.onlineLink())).query(Long.class).single();
        replaceAgenda(id, input.agenda());
        audit.created(ENTITY, id, state(input, number, ends));
        return meeting(id);
    }

    @Override
    @Transactional
    public MeetingView updateMeeting(long meetingId, MeetingInput input) {
        access.viewer().requireAdmin("changes meetings");
        MeetingRow before = row(meetingId);
        inputs.check(input);
        if (before.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("committee.core.meeting.notPlanned", "Meeting " + meetingId + " is " + before.status());
        }
        if (input.termId() != before.termId()) {
            throw InvalidInputException.of("termId", "committee.core.meeting.otherTerm");
        }
        OffsetDateTime ends = check(input, terms.term(before.termId()));
        jdbc.sql("""
                update committee_meeting set starts_at = :starts, ends_at = :ends, mode = :mode, venue = :venue,
                    online_link = :link, version = version + 1
                where id = :id""").param("starts", input.startsAt()).param("ends", ends)
                .param("mode", input.mode().name()).param("venue", TermService.blankToNull(input.venue()))
                .param("link", TermService.blankToNull(input.onlineLink())).param("id", meetingId).update();
        replaceAgenda(meetingId, input.agenda());
        audit.updated(ENTITY, meetingId, before.state(), state(input, before.number(), ends));
        if (before.invitationsSentAt() != null) {
            // members already invited get the change at once, with the invitation's SEQUENCE raised
            invitations.resend(meetingId);
        }
        return meeting(meetingId);
    }

    private OffsetDateTime check(MeetingInput input, TermView term) {
        OffsetDateTime ends = input.endsAt() != null ? input.endsAt() : input.startsAt().plusHours(2);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (!ends.isAfter(input.startsAt())) {
            problems.add(new InvalidInputException.FieldProblem("endsAt", "committee.core.meeting.endsBeforeStart"));
        }
        LocalDate day = dayOf(input.startsAt());
        if (day.isBefore(term.startsOn()) || day.isAfter(term.endsOn())) {
            problems.add(new InvalidInputException.FieldProblem("startsAt", "committee.core.meeting.outsideTerm"));
        }
        boolean remote = input.mode() == MeetingMode.REMOTE || input.mode() == MeetingMode.HYBRID;
        boolean inPerson = input.mode() == MeetingMode.IN_PERSON || input.mode() == MeetingMode.HYBRID;
        if (inPerson && TermService.blankToNull(input.venue()) == null) {
            problems.add(new InvalidInputException.FieldProblem("venue", "committee.core.meeting.venueRequired"));
        }
        if (remote && TermService.blankToNull(input.onlineLink()) == null) {
            problems.add(new InvalidInputException.FieldProblem("onlineLink", "committee.core.meeting.linkRequired"));
        } else if (remote && !input.onlineLink().strip().matches("(?i)https?://\\S+")) {
            problems.add(new InvalidInputException.FieldProblem("onlineLink", "committee.core.meeting.linkInvalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ends;
    }

    /** The new agenda; an item keeps its attachments when an item of the same title stays at its position. */
    private void replaceAgenda(long meetingId, List<AgendaItemInput> agenda) {
        List<AgendaItemInput> items = agenda == null ? List.of() : agenda;
        Map<Integer, AgendaRow> existing = new LinkedHashMap<>();
        jdbc.sql("select * from committee_agenda_item where meeting_id = :id").param("id", meetingId)
                .query((rs, n) -> new AgendaRow(rs.getLong("id"), meetingId, rs.getInt("position"),
                        rs.getString("title"), rs.getString("presenter"))).list()
                .forEach(row -> existing.put(row.position(), row));
        for (int i = 0; i < items.size(); i++) {
            AgendaItemInput item = items.get(i);
            AgendaRow kept = existing.remove(i + 1);
            if (kept != null && kept.title().equals(item.title().strip())) {
                jdbc.sql("update committee_agenda_item set presenter = :presenter where id = :id")
                        .param("presenter", TermService.blankToNull(item.presenter())).param("id", kept.id()).update();
                continue;
            }
            if (kept != null) {
                jdbc.sql("delete from committee_agenda_item where id = :id").param("id", kept.id()).update();
            }
            jdbc.sql("insert into committee_agenda_item (meeting_id, position, title, presenter) values (:m, :p, :t, :pr)")
                    .param("m", meetingId).param("p", i + 1).param("t", item.title().strip())
                    .param("pr", TermService.blankToNull(item.presenter())).update();
        }
        existing.values().forEach(row -> jdbc.sql("delete from committee_agenda_item where id = :id")
                .param("id", row.id()).update());
    }

    private static Map<String, Object> state(MeetingInput input, int number, OffsetDateTime ends) {
        Map<String, Object> state = new HashMap<>();
        state.put("number", number);
        state.put("startsAt", input.startsAt().toString());
        state.put("endsAt", ends.toString());
        state.put("mode", input.mode().name());
        state.put("venue", input.venue() == null ? "" : input.venue());
        state.put("onlineLink", input.onlineLink() == null ? "" : input.onlineLink());
        state.put("agenda", input.agenda() == null ? 0 : input.agenda().size());
        return state;
    }

    @Override
    @Transactional
    public MeetingView cancelMeeting(long meetingId) {
        access.viewer().requireAdmin("cancels meetings");
        MeetingRow before = row(meetingId);
        if (before.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("committee.core.meeting.notPlanned", "Meeting " + meetingId + " is " + before.status());
        }
        setStatus(meetingId, MeetingStatus.CANCELLED, before.status());
        if (before.invitationsSentAt() != null) {
            invitations.resend(meetingId);
        }
        return meeting(meetingId);
    }

    @Override
    @Transactional
    public MeetingView markHeld(long meetingId) {
        access.viewer().requireAdmin("marks meetings held");
        MeetingRow before = row(meetingId);
        requireHeldable(before);
        if (before.status() == MeetingStatus.PLANNED) {
            setStatus(meetingId, MeetingStatus.HELD, before.status());
        }
        return meeting(meetingId);
    }

    private void requireHeldable(MeetingRow meeting) {
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("committee.core.meeting.cancelled", "Meeting " + meeting.id() + " was cancelled");
        }
        if (dayOf(meeting.startsAt()).isAfter(LocalDate.now(clock.withZone(zone())))) {
            throw new ConflictException("committee.core.meeting.notYet", "Meeting " + meeting.id() + " is still to come");
        }
    }

    private void setStatus(long meetingId, MeetingStatus status, MeetingStatus before) {
        jdbc.sql("update committee_meeting set status = :status, version = version + 1 where id = :id")
                .param("status", status.name()).param("id", meetingId).update();
        audit.updated(ENTITY, meetingId, Map.of("status", before.name()), Map.of("status", status.name()));
    }

    @Override
    @Transactional
    public int sendInvitations(long meetingId) {
        access.viewer().requireAdmin("sends invitations");
        MeetingRow meeting = row(meetingId);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("committee.core.meeting.notPlanned", "Meeting " + meetingId + " is " + meeting.status());
        }
        return meeting.invitationsSentAt() == null ? invitations.sendFirst(meetingId) : invitations.resend(meetingId);
    }

    // ---- agenda attachments

    @Override
    @Transactional
    public AttachmentView attachToAgendaItem(long meetingId, long agendaItemId, String fileName, byte[] content) {
        access.viewer().requireAdmin("attaches documents to the agenda");
        requireItem(meetingId, agendaItemId);
        return attachments.add(Attachments.Owner.AGENDA, agendaItemId, fileName, content, access.viewer().username());
    }

    @Override
    @Transactional
    public void removeAgendaAttachment(long meetingId, long attachmentId) {
        access.viewer().requireAdmin("removes documents from the agenda");
        attachments.remove(Attachments.Owner.AGENDA, itemOfAttachment(meetingId, attachmentId), attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentFile agendaAttachment(long meetingId, long attachmentId) {
        meeting(meetingId);
        return attachments.file(Attachments.Owner.AGENDA, itemOfAttachment(meetingId, attachmentId), attachmentId);
    }

    private void requireItem(long meetingId, long agendaItemId) {
        row(meetingId);
        boolean found = jdbc.sql("select count(*) from committee_agenda_item where id = :id and meeting_id = :m")
                .param("id", agendaItemId).param("m", meetingId).query(Long.class).single() == 1;
        if (!found) {
            throw new NotFoundException("agenda item", agendaItemId);
        }
    }

    private long itemOfAttachment(long meetingId, long attachmentId) {
        return jdbc.sql("""
                select i.id from committee_attachment f join committee_agenda_item i on i.id = f.agenda_item_id
                where f.id = :id and i.meeting_id = :m""").param("id", attachmentId).param("m", meetingId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("committee attachment", attachmentId));
    }

    // ---- attendance and quorum

    @Override
    @Transactional(readOnly = true)
    public List<AttendanceView> attendance(long meetingId) {
        if (!access.viewer().insider()) {
            throw new org.springframework.security.access.AccessDeniedException("attendance is the committee's");
        }
        MeetingRow meeting = row(meetingId);
        return jdbc.sql("""
                select m.id, m.full_name, m.category, a.attendance from committee_member m
                left join committee_attendance a on a.member_id = m.id and a.meeting_id = :meeting
                where m.term_id = :term and m.appointed_on <= :day and (m.ended_on is null or m.ended_on > :day)
                order by m.category, m.full_name, m.id""")
                .param("meeting", meetingId).param("term", meeting.termId()).param("day", dayOf(meeting.startsAt()))
                .query((rs, n) -> new AttendanceView(rs.getLong(1), rs.getString(2),
                        pl.koordynator.es.committee.SeatCategory.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Attendance.valueOf(rs.getString(4)))).list();
    }

    @Override
    @Transactional
    public MeetingView recordAttendance(long meetingId, List<AttendanceEntry> entries) {
        access.viewer().requireAdmin("records attendance");
        MeetingRow meeting = row(meetingId);
        if (entries == null || entries.isEmpty()) {
            throw InvalidInputException.of("attendance", "committee.core.field.required");
        }
        for (int i = 0; i < entries.size(); i++) {
            AttendanceEntry entry = entries.get(i);
            if (entry == null || entry.memberId() == null) {
                throw InvalidInputException.of("[" + i + "].memberId", "committee.core.field.required");
            }
            if (entry.attendance() == null) {
                throw InvalidInputException.of("[" + i + "].attendance", "committee.core.field.required");
            }
        }
        requireHeldable(meeting);
        LocalDate day = dayOf(meeting.startsAt());
        Map<Long, TermService.MemberRow> members = new HashMap<>();
        jdbc.sql("select * from committee_member where term_id = :term").param("term", meeting.termId())
                .query(TermService.MemberRow::of).list().forEach(member -> members.put(member.id(), member));
        for (int i = 0; i < entries.size(); i++) {
            TermService.MemberRow member = members.get(entries.get(i).memberId());
            if (member == null || !member.currentOn(day)) {
                throw InvalidInputException.of("[" + i + "].memberId", "committee.core.attendance.notMember");
            }
        }
        Map<String, Object> before = new HashMap<>();
        Map<String, Object> after = new HashMap<>();
        for (AttendanceEntry entry : entries) {
            String previous = jdbc.sql("select attendance from committee_attendance where meeting_id = :m and member_id = :p")
                    .param("m", meetingId).param("p", entry.memberId()).query(String.class).optional().orElse("");
            jdbc.sql("""
                    insert into committee_attendance (meeting_id, member_id, attendance) values (:m, :p, :a)
                    on conflict (meeting_id, member_id) do update set attendance = excluded.attendance""")
                    .param("m", meetingId).param("p", entry.memberId()).param("a", entry.attendance().name()).update();
            before.put("member" + entry.memberId(), previous);
            after.put("member" + entry.memberId(), entry.attendance().name());
        }
        audit.updated(ATTENDANCE_ENTITY, meetingId, before, after);
        if (meeting.status() == MeetingStatus.PLANNED) {
            setStatus(meetingId, MeetingStatus.HELD, meeting.status());
        }
        reportAbsences(meeting.termId());
        return meeting(meetingId);
    }

    /**
     * Tells ROPS once about each member who has just missed a third meeting in a row unexcused
     * (a ground for ending the membership, art. 57(3)); when the run is broken the member may be
     * reported again after a new one.
     */
    private void reportAbsences(long termId) {
        Set<Long> flagged = terms.flagged(termId);
        jdbc.sql("update committee_member set absences_reported = false where term_id = :term and absences_reported"
                        + (flagged.isEmpty() ? "" : " and id not in (:flagged)"))
                .param("term", termId).params(flagged.isEmpty() ? Map.of() : Map.of("flagged", flagged)).update();
        if (flagged.isEmpty()) {
            return;
        }
        List<TermService.MemberRow> newly = jdbc.sql("""
                update committee_member set absences_reported = true
                where term_id = :term and id in (:flagged) and not absences_reported and ended_on is null
                returning *""").param("term", termId).param("flagged", flagged).query(TermService.MemberRow::of).list();
        for (TermService.MemberRow member : newly) {
            notifications.toRole(Role.ADMIN, text("committee.core.mail.absences.subject"),
                    text("committee.core.mail.absences.text", member.fullName(),
                            text("committee.SeatCategory." + member.category().name()),
                            platform.link("/admin/committee/members/" + member.id())));
        }
    }

    /** The quorum of a decision at the meeting: refused (409) when it is not met. */
    void requireQuorum(long meetingId) {
        MeetingRow meeting = row(meetingId);
        if (meeting.status() != MeetingStatus.HELD) {
            throw new ConflictException("committee.core.meeting.notHeld", "Meeting " + meetingId + " is not held",
                    new Object[0], Map.of("reason", "MEETING_NOT_HELD"));
        }
        Quorum quorum = meeting.quorum();
        if (!quorum.met()) {
            throw new ConflictException("committee.core.quorum.notMet", "No quorum at meeting " + meetingId,
                    new Object[] {quorum.present(), quorum.required()},
                    Map.of("reason", "NO_QUORUM", "present", quorum.present(), "required", quorum.required()));
        }
    }

    // ---- minutes

    @Override
    @Transactional(readOnly = true)
    public MinutesView minutes(long meetingId) {
        MeetingRow meeting = row(meetingId);
        if (meeting.status() == MeetingStatus.CANCELLED && !access.viewer().insider()) {
            throw new NotFoundException("committee meeting", meetingId);
        }
        return minutesOf(meetingId, access.viewer().insider());
    }

    private MinutesView minutesOf(long meetingId, boolean insider) {
        return jdbc.sql("""
                select m.minutes_status, m.minutes_text, m.minutes_approved_at, m.minutes_approved_on, a.number,
                    m.minutes_count_for, m.minutes_count_against, m.minutes_count_abstain
                from committee_meeting m left join committee_meeting a on a.id = m.minutes_approved_at
                where m.id = :id""")
                .param("id", meetingId).query((rs, n) -> {
                    MinutesStatus status = MinutesStatus.valueOf(rs.getString(1));
                    boolean shown = insider || status == MinutesStatus.APPROVED;
                    Integer forVotes = rs.getObject(6, Integer.class);
                    VoteCounts vote = forVotes == null ? null
                            : new VoteCounts(forVotes, rs.getInt(7), rs.getInt(8));
                    return new MinutesView(meetingId, status, shown ? rs.getString(2) : null,
                            rs.getObject(3, Long.class), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, Integer.class), vote);
                }).single();
    }

    @Override
    @Transactional
    public MinutesView writeMinutes(long meetingId, MinutesInput input) {
        access.viewer().requireAdmin("writes minutes");
        MeetingRow meeting = row(meetingId);
        inputs.check(input);
        if (meeting.status() != MeetingStatus.HELD) {
            throw new ConflictException("committee.core.meeting.notHeld", "Meeting " + meetingId + " is not held",
                    new Object[0], Map.of("reason", "MEETING_NOT_HELD"));
        }
        if (meeting.minutesStatus() == MinutesStatus.APPROVED) {
            throw new ConflictException("committee.core.minutes.approved", "Minutes of " + meetingId + " are approved",
                    new Object[0], Map.of("reason", "MINUTES_APPROVED"));
        }
        jdbc.sql("update committee_meeting set minutes_status = 'DRAFT', minutes_text = :text, version = version + 1 where id = :id")
                .param("text", input.text()).param("id", meetingId).update();
        audit.updated(MINUTES_ENTITY, meetingId, Map.of("minutesStatus", meeting.minutesStatus().name()),
                Map.of("minutesStatus", MinutesStatus.DRAFT.name(), "length", input.text().length()));
        return minutesOf(meetingId, true);
    }

    @Override
    @Transactional
    public MinutesView approveMinutes(long meetingId, long atMeetingId, VoteCounts counts) {
        access.viewer().requireAdmin("records the approval of minutes");
        MeetingRow meeting = row(meetingId);
        MeetingRow at = row(atMeetingId);
        if (meeting.minutesStatus() != MinutesStatus.DRAFT) {
            throw new ConflictException("committee.core.minutes.notDraft", "Minutes of " + meetingId + " are " + meeting.minutesStatus(),
                    new Object[0], Map.of("reason", "MINUTES_NOT_DRAFT"));
        }
        if (!at.startsAt().isAfter(meeting.startsAt())) {
            throw InvalidInputException.of("atMeetingId", "committee.core.minutes.laterMeeting");
        }
        // the committee of the next term is another body: it does not vote on its predecessor's minutes
        if (at.termId() != meeting.termId()) {
            throw InvalidInputException.of("atMeetingId", "committee.minutes.sameTerm");
        }
        requireQuorum(atMeetingId);
        inputs.check(counts);
        int cast = counts.forVotes() + counts.against() + counts.abstain();
        if (cast > at.present()) {
            throw InvalidInputException.of("forVotes", "committee.minutes.moreThanPresent", cast, at.present());
        }
        // a procedural matter: a simple majority of the votes cast
        if (!CommitteeRules.adopted(MajorityRule.SIMPLE, counts.forVotes(), counts.against(), counts.abstain(),
                at.currentMembers())) {
            throw new ConflictException("committee.minutes.notApproved", "Minutes of " + meetingId + " not approved",
                    new Object[] {counts.forVotes(), counts.against(), counts.abstain()},
                    Map.of("reason", "MINUTES_NOT_APPROVED", "forVotes", counts.forVotes(),
                            "against", counts.against(), "abstain", counts.abstain()));
        }
        LocalDate on = dayOf(at.startsAt());
        int changed = jdbc.sql("""
                update committee_meeting set minutes_status = 'APPROVED', minutes_approved_at = :at,
                    minutes_approved_on = :on, minutes_count_for = :for, minutes_count_against = :against,
                    minutes_count_abstain = :abstain, version = version + 1
                where id = :id and minutes_status = 'DRAFT'""").param("at", atMeetingId).param("on", on)
                .param("for", counts.forVotes()).param("against", counts.against())
                .param("abstain", counts.abstain()).param("id", meetingId).update();
        if (changed == 0) {
            // approved meanwhile by another request: the first vote recorded stands
            throw new ConflictException("committee.core.minutes.notDraft", "Minutes of " + meetingId + " are approved",
                    new Object[0], Map.of("reason", "MINUTES_NOT_DRAFT"));
        }
        audit.updated(MINUTES_ENTITY, meetingId, Map.of("minutesStatus", MinutesStatus.DRAFT.name()),
                Map.of("minutesStatus", MinutesStatus.APPROVED.name(), "approvedAtMeetingId", atMeetingId,
                        "counts", counts.forVotes() + "/" + counts.against() + "/" + counts.abstain()));
        return minutesOf(meetingId, true);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }

    // ---- rows

    record AgendaRow(long id, long meetingId, int position, String title, String presenter) {
    }

    record MeetingRow(long id, long termId, int termNumber, int number, OffsetDateTime startsAt,
            OffsetDateTime endsAt, MeetingMode mode, String venue, String onlineLink, MeetingStatus status,
            int invitationSequence, OffsetDateTime invitationsSentAt, MinutesStatus minutesStatus, int currentMembers,
            int present) {

        static MeetingRow of(ResultSet rs, int row) throws SQLException {
            return new MeetingRow(rs.getLong("id"), rs.getLong("term_id"), rs.getInt("term_number"),
                    rs.getInt("number"), rs.getObject("starts_at", OffsetDateTime.class),
                    rs.getObject("ends_at", OffsetDateTime.class), MeetingMode.valueOf(rs.getString("mode")),
                    rs.getString("venue"), rs.getString("online_link"), MeetingStatus.valueOf(rs.getString("status")),
                    rs.getInt("invitation_sequence"), rs.getObject("invitations_sent_at", OffsetDateTime.class),
                    MinutesStatus.valueOf(rs.getString("minutes_status")), rs.getInt("current_members"),
                    rs.getInt("present"));
        }

        Quorum quorum() {
            int required = CommitteeRules.quorumRequired(currentMembers);
            return new Quorum(currentMembers, required, present, currentMembers > 0 && present >= required);
        }

        Map<String, Object> state() {
            Map<String, Object> state = new HashMap<>();
            state.put("number", number);
            state.put("startsAt", startsAt.toString());
            state.put("endsAt", endsAt.toString());
            state.put("mode", mode.name());
            state.put("venue", venue == null ? "" : venue);
            state.put("onlineLink", onlineLink == null ? "" : onlineLink);
            return state;
        }
    }


}
