package pl.koordynator.es.committee.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.CommitteeSettings;
import pl.koordynator.es.committee.CommitteeTerms;
import pl.koordynator.es.committee.Composition;
import pl.koordynator.es.committee.EndReason;
import pl.koordynator.es.committee.MemberInput;
import pl.koordynator.es.committee.MemberRole;
import pl.koordynator.es.committee.MemberView;
import pl.koordynator.es.committee.MembershipEnd;
import pl.koordynator.es.committee.SeatCategory;
import pl.koordynator.es.committee.TermInput;
import pl.koordynator.es.committee.TermView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Terms and their members. A term runs three years unless ROPS says otherwise; a membership ends
 * on a date with a reason of art. 57(3) and stays in the history. Members flagged for three
 * consecutive unexcused absences are computed from the attendance, never stored by hand.
 * Personal data (names, contacts) never goes into the audit trail: the member is named by id.
 */
@Service
public class TermService implements CommitteeTerms {

    static final String TERM_ENTITY = "CommitteeTerm";
    static final String MEMBER_ENTITY = "CommitteeMember";
    static final String SETTINGS_ENTITY = "CommitteeSettings";

    private final JdbcClient jdbc;
    private final CommitteeAccess access;
    private final Inputs inputs;
    private final Organisations organisations;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final PlatformSettings platform;
    private final Clock clock;

    TermService(JdbcClient jdbc, CommitteeAccess access, Inputs inputs, Organisations organisations,
            UserAccounts users, AuditTrail audit, PlatformSettings platform, Clock clock) {
        this.platform = platform;
        this.jdbc = jdbc;
        this.access = access;
        this.inputs = inputs;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }

    // ---- terms

    @Override
    @Transactional(readOnly = true)
    public List<TermView> terms() {
        return jdbc.sql(TERM_SELECT + " order by t.number desc").param("today", today()).query(this::termRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public TermView term(long termId) {
        return findTerm(termId).orElseThrow(() -> new NotFoundException("committee term", termId));
    }

    Optional<TermView> findTerm(long termId) {
        return jdbc.sql(TERM_SELECT + " where t.id = :id").param("today", today()).param("id", termId)
                .query(this::termRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TermView> currentTerm() {
        return jdbc.sql(TERM_SELECT + " where t.starts_on <= :today and t.ends_on >= :today order by t.number desc limit 1")
                .param("today", today()).query(this::termRow).optional();
    }

    private static final String TERM_SELECT = """
            select t.*, (select count(*) from committee_member m where m.term_id = t.id and m.appointed_on <= :today
                    and (m.ended_on is null or m.ended_on > :today) and t.starts_on <= :today and t.ends_on >= :today)
                    as current_members
            from committee_term t""";

    private TermView termRow(ResultSet rs, int row) throws SQLException {
        LocalDate starts = rs.getObject("starts_on", LocalDate.class);
        LocalDate ends = rs.getObject("ends_on", LocalDate.class);
        LocalDate today = today();
        return new TermView(rs.getLong("id"), rs.getInt("number"), starts, ends,
                rs.getString("appointing_resolution_no"), rs.getObject("appointing_resolution_date", LocalDate.class),
                !today.isBefore(starts) && !today.isAfter(ends), rs.getInt("current_members"));
    }

    @Override
    @Transactional
    public TermView createTerm(TermInput input) {
        access.viewer().requireAdmin("creates terms");
        inputs.check(input);
        LocalDate ends = endOf(input);
        long id;
        try {
            id = jdbc.sql("""
                    insert into committee_term (number, starts_on, ends_on, appointing_resolution_no,
                        appointing_resolution_date)
                    values (:number, :starts, :ends, :resolution, :resolutionDate) returning id""")
                    .param("number", input.number()).param("starts", input.startsOn()).param("ends", ends)
                    .param("resolution", blankToNull(input.appointingResolutionNumber()))
                    .param("resolutionDate", input.appointingResolutionDate()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("number", "committee.core.term.numberTaken");
        }
        audit.created(TERM_ENTITY, id, termState(input.number(), input.startsOn(), ends));
        return term(id);
    }

    @Override
    @Transactional
    public TermView updateTerm(long termId, TermInput input) {
        access.viewer().requireAdmin("changes terms");
        TermView before = term(termId);
        inputs.check(input);
        LocalDate ends = endOf(input);
        try {
            jdbc.sql("""
                    update committee_term set number = :number, starts_on = :starts, ends_on = :ends,
                        appointing_resolution_no = :resolution, appointing_resolution_date = :resolutionDate,
                        version = version + 1
                    where id = :id""")
                    .param("number", input.number()).param("starts", input.startsOn()).param("ends", ends)
                    .param("resolution", blankToNull(input.appointingResolutionNumber()))
                    .param("resolutionDate", input.appointingResolutionDate()).param("id", termId).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("number", "committee.core.term.numberTaken");
        }
        audit.updated(TERM_ENTITY, termId, termState(before.number(), before.startsOn(), before.endsOn()),
                termState(input.number(), input.startsOn(), ends));
        return term(termId);
    }

    private static LocalDate endOf(TermInput input) {
        // art. 56: a term of three years
        LocalDate ends = input.endsOn() != null ? input.endsOn() : input.startsOn().plusYears(3).minusDays(1);
        if (ends.isBefore(input.startsOn())) {
            throw InvalidInputException.of("endsOn", "committee.core.term.endsBeforeStart");
        }
        return ends;
    }

    private static Map<String, Object> termState(int number, LocalDate starts, LocalDate ends) {
        return Map.of("number", number, "startsOn", starts.toString(), "endsOn", ends.toString());
    }

    // ---- members

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> members(Long termId) {
        Long term = termId != null ? Long.valueOf(term(termId).id()) : currentTerm().map(TermView::id).orElse(null);
        if (term == null) {
            return List.of();
        }
        return views(jdbc.sql("select * from committee_member where term_id = :term order by category, full_name, id")
                .param("term", term).query(MemberRow::of).list());
    }

    @Override
    @Transactional(readOnly = true)
    public MemberView member(long memberId) {
        return views(List.of(row(memberId))).get(0);
    }

    MemberRow row(long memberId) {
        return jdbc.sql("select * from committee_member where id = :id").param("id", memberId).query(MemberRow::of)
                .optional().orElseThrow(() -> new NotFoundException("committee member", memberId));
    }

    @Override
    @Transactional(readOnly = true)
    public Composition composition(long termId) {
        TermView term = term(termId);
        Map<SeatCategory, List<MemberView>> bySeat = new LinkedHashMap<>();
        Arrays.stream(SeatCategory.values()).forEach(category -> bySeat.put(category, new ArrayList<>()));
        members(termId).forEach(member -> bySeat.get(member.category()).add(member));
        return new Composition(term, bySeat.entrySet().stream()
                .map(entry -> new Composition.CategorySeats(entry.getKey(), List.copyOf(entry.getValue()))).toList());
    }

    @Override
    @Transactional
    public MemberView addMember(MemberInput input) {
        access.viewer().requireAdmin("appoints members");
        inputs.check(input);
        TermView term = findTerm(input.termId())
                .orElseThrow(() -> InvalidInputException.of("termId", "committee.core.term.unknown"));
        checkMember(input, term, null);
        long id = jdbc.sql("""
                insert into committee_member (term_id, full_name, email, phone, user_id, organisation_id, category,
                    role, appointed_on, substitute_for)
                values (:term, :name, :email, :phone, :user, :organisation, :category, :role, :appointed, :substitute)
                returning id""").params(memberParams(input)).query(Long.class).single();
        audit.created(MEMBER_ENTITY, id, memberState(input));
        return member(id);
    }

    @Override
    @Transactional
    public MemberView updateMember(long memberId, MemberInput input) {
        access.viewer().requireAdmin("changes members");
        MemberRow before = row(memberId);
        inputs.check(input);
        if (input.termId() != before.termId()) {
            throw InvalidInputException.of("termId", "committee.core.member.otherTerm");
        }
        checkMember(input, term(before.termId()), memberId);
        jdbc.sql("""
                update committee_member set full_name = :name, email = :email, phone = :phone, user_id = :user,
                    organisation_id = :organisation, category = :category, role = :role, appointed_on = :appointed,
                    substitute_for = :substitute, version = version + 1
                where id = :id""").params(memberParams(input)).param("id", memberId).update();
        audit.updated(MEMBER_ENTITY, memberId, before.state(), memberState(input));
        return member(memberId);
    }

    private void checkMember(MemberInput input, TermView term, Long memberId) {
        if (input.appointedOn().isBefore(term.startsOn()) || input.appointedOn().isAfter(term.endsOn())) {
            throw InvalidInputException.of("appointedOn", "committee.core.member.outsideTerm");
        }
        if (input.organisationId() != null && organisations.find(input.organisationId()).isEmpty()) {
            throw InvalidInputException.of("organisationId", "committee.core.organisation.unknown");
        }
        if (input.userId() != null) {
            boolean committeeAccount = users.find(input.userId()).map(user -> user.role() == Role.COMMITTEE)
                    .orElse(false);
            if (!committeeAccount) {
                throw InvalidInputException.of("userId", "committee.core.member.userNotCommittee");
            }
            Long other = jdbc.sql("""
                    select id from committee_member where term_id = :term and user_id = :user and ended_on is null
                        and (:id::bigint is null or id <> :id) limit 1""")
                    .param("term", term.id()).param("user", input.userId()).param("id", memberId)
                    .query(Long.class).optional().orElse(null);
            if (other != null) {
                throw InvalidInputException.of("userId", "committee.core.member.userTaken");
            }
        }
        if (input.substituteFor() != null) {
            boolean sameTerm = jdbc.sql("select count(*) from committee_member where id = :id and term_id = :term")
                    .param("id", input.substituteFor()).param("term", term.id()).query(Long.class).single() == 1;
            if (!sameTerm || input.substituteFor().equals(memberId)) {
                throw InvalidInputException.of("substituteFor", "committee.core.member.unknown");
            }
        }
    }

    private static Map<String, Object> memberParams(MemberInput input) {
        Map<String, Object> params = new HashMap<>();
        params.put("term", input.termId());
        params.put("name", input.fullName().strip());
        params.put("email", blankToNull(input.email()));
        params.put("phone", blankToNull(input.phone()));
        params.put("user", input.userId());
        params.put("organisation", input.organisationId());
        params.put("category", input.category().name());
        params.put("role", input.role().name());
        params.put("appointed", input.appointedOn());
        params.put("substitute", input.substituteFor());
        return params;
    }

    /** What the audit trail keeps of a member: no name or contact data, which are personal. */
    private static Map<String, Object> memberState(MemberInput input) {
        Map<String, Object> state = new HashMap<>();
        state.put("termId", input.termId());
        state.put("category", input.category().name());
        state.put("role", input.role().name());
        state.put("appointedOn", input.appointedOn().toString());
        state.put("organisationId", input.organisationId() == null ? "" : input.organisationId());
        state.put("userId", input.userId() == null ? "" : input.userId());
        state.put("substituteFor", input.substituteFor() == null ? "" : input.substituteFor());
        return state;
    }

    @Override
    @Transactional
    public MemberView endMembership(long memberId, MembershipEnd end) {
        access.viewer().requireAdmin("ends memberships");
        MemberRow before = row(memberId);
        inputs.check(end);
        if (before.endedOn() != null) {
            throw new ConflictException("committee.core.member.alreadyEnded", "Membership " + memberId + " has ended");
        }
        if (end.endedOn().isBefore(before.appointedOn())) {
            throw InvalidInputException.of("endedOn", "committee.core.member.endsBeforeAppointed");
        }
        jdbc.sql("update committee_member set ended_on = :ended, end_reason = :reason, version = version + 1 where id = :id")
                .param("ended", end.endedOn()).param("reason", end.reason().name()).param("id", memberId).update();
        audit.updated(MEMBER_ENTITY, memberId, Map.of("endedOn", "", "endReason", ""),
                Map.of("endedOn", end.endedOn().toString(), "endReason", end.reason().name()));
        return member(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberView> me() {
        Optional<MemberRow> row = currentMemberOf(access.viewer().userId(), today());
        return row.map(member -> views(List.of(member)).get(0));
    }

    /** The membership of the account current on the day, in the term running that day. */
    Optional<MemberRow> currentMemberOf(Long userId, LocalDate day) {
        if (userId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select m.* from committee_member m join committee_term t on t.id = m.term_id
                where m.user_id = :user and t.starts_on <= :day and t.ends_on >= :day and m.appointed_on <= :day
                    and (m.ended_on is null or m.ended_on > :day)
                order by t.number desc limit 1""").param("user", userId).param("day", day)
                .query(MemberRow::of).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> flaggedMembers() {
        access.viewer().requireAdmin("follows absences");
        return currentTerm().map(term -> members(term.id()).stream()
                .filter(member -> member.current() && member.flaggedForAbsences()).toList()).orElse(List.of());
    }

    /** The ids of the members of the term who missed their latest three held meetings unexcused. */
    Set<Long> flagged(long termId) {
        Map<Long, List<Attendance>> latestFirst = new HashMap<>();
        jdbc.sql("""
                select m.id as member_id, a.attendance from committee_meeting g
                join committee_member m on m.term_id = g.term_id and m.appointed_on <= (g.starts_at at time zone :zone)::date
                    and (m.ended_on is null or m.ended_on > (g.starts_at at time zone :zone)::date)
                left join committee_attendance a on a.meeting_id = g.id and a.member_id = m.id
                where g.term_id = :term and g.status = 'HELD'
                order by m.id, g.starts_at desc""").param("term", termId).param("zone", platform.timeZone().getId()).query((rs, n) -> {
                    String attendance = rs.getString("attendance");
                    latestFirst.computeIfAbsent(rs.getLong("member_id"), id -> new ArrayList<>())
                            .add(attendance == null ? null : Attendance.valueOf(attendance));
                    return null;
                }).list();
        return latestFirst.entrySet().stream().filter(entry -> CommitteeRules.flaggedForAbsences(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Members as the caller may see them: contact data and the account only for ROPS and members. */
    List<MemberView> views(List<MemberRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        boolean insider = access.viewer().insider();
        LocalDate today = today();
        Map<Long, TermView> terms = new HashMap<>();
        Map<Long, Set<Long>> flags = new HashMap<>();
        Collection<Long> organisationIds = rows.stream().map(MemberRow::organisationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, OrganisationView> named = organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        List<MemberView> views = new ArrayList<>();
        for (MemberRow row : rows) {
            TermView term = terms.computeIfAbsent(row.termId(), this::term);
            Set<Long> flagged = flags.computeIfAbsent(row.termId(), this::flagged);
            boolean current = term.current() && !row.appointedOn().isAfter(today)
                    && (row.endedOn() == null || row.endedOn().isAfter(today));
            OrganisationView organisation = row.organisationId() == null ? null : named.get(row.organisationId());
            views.add(new MemberView(row.id(), row.termId(), row.fullName(), insider ? row.email() : null,
                    insider ? row.phone() : null, insider ? row.userId() : null, row.organisationId(),
                    organisation == null ? null : organisation.name(), row.category(), row.role(), row.appointedOn(),
                    row.endedOn(), row.endReason(), row.substituteFor(), current,
                    current && flagged.contains(row.id())));
        }
        return views;
    }

    // ---- settings

    @Override
    @Transactional(readOnly = true)
    public CommitteeSettings settings() {
        return new CommitteeSettings(invitationDaysAhead());
    }

    int invitationDaysAhead() {
        return jdbc.sql("select invitation_days_ahead from committee_settings where id = 1").query(Integer.class)
                .single();
    }

    @Override
    @Transactional
    public CommitteeSettings updateSettings(CommitteeSettings settings) {
        access.viewer().requireAdmin("changes the committee's settings");
        inputs.check(settings);
        int before = invitationDaysAhead();
        jdbc.sql("update committee_settings set invitation_days_ahead = :days, version = version + 1 where id = 1")
                .param("days", settings.invitationDaysAhead()).update();
        audit.updated(SETTINGS_ENTITY, 1, Map.of("invitationDaysAhead", before),
                Map.of("invitationDaysAhead", settings.invitationDaysAhead()));
        return settings();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A member as stored. */
    record MemberRow(long id, long termId, String fullName, String email, String phone, Long userId,
            Long organisationId, SeatCategory category, MemberRole role, LocalDate appointedOn, LocalDate endedOn,
            EndReason endReason, Long substituteFor, boolean absencesReported) {

        static MemberRow of(ResultSet rs, int row) throws SQLException {
            String reason = rs.getString("end_reason");
            return new MemberRow(rs.getLong("id"), rs.getLong("term_id"), rs.getString("full_name"),
                    rs.getString("email"), rs.getString("phone"), rs.getObject("user_id", Long.class),
                    rs.getObject("organisation_id", Long.class), SeatCategory.valueOf(rs.getString("category")),
                    MemberRole.valueOf(rs.getString("role")), rs.getObject("appointed_on", LocalDate.class),
                    rs.getObject("ended_on", LocalDate.class), reason == null ? null : EndReason.valueOf(reason),
                    rs.getObject("substitute_for", Long.class), rs.getBoolean("absences_reported"));
        }

        boolean currentOn(LocalDate day) {
            return !appointedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
        }

        Map<String, Object> state() {
            Map<String, Object> state = new HashMap<>();
            state.put("termId", termId);
            state.put("category", category.name());
            state.put("role", role.name());
            state.put("appointedOn", appointedOn.toString());
            state.put("organisationId", organisationId == null ? "" : organisationId);
            state.put("userId", userId == null ? "" : userId);
            state.put("substituteFor", substituteFor == null ? "" : substituteFor);
            return state;
        }
    }
}
