package pl.koordynator.es.reintegration.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.privacy.PseudonymisedPersonalData;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.UserAccounts;

/**
 * What reintegration keeps about people, for a person's request (GDPR art. 15, 17, 20).
 * <ul>
 * <li>A referred person, by PESEL or surname and birth date hashed as when they were referred
 * ({@link ReintegrationPersonKeys}): their referrals with states, dates, parties, programme, history and
 * outcomes, never the PESEL or the key. Erasure deletes the referrals (their history and follow-ups go
 * with them); the anonymous statistic rows stay, with {@code referral_id} set null by the database, so
 * the aggregates and yearly counts do not change. The read log stays too: it records who read which
 * referral, which is the accountability the referrals' sensitivity demands (art. 5(2) GDPR), and it holds
 * nothing of the person; it goes with its own retention period ({@link ReintegrationRetention}).
 * <li>Staff, by e-mail address: the referrals, changes of state and follow-ups their accounts wrote,
 * exported as counts (the referrals themselves are the organisations' and the people's, not the staff's)
 * and erased by forgetting the author. The read log keeps its user ids for the same reason as above.
 * </ul>
 * Finding and exporting a referred person's referrals is a read of them by the administrator: it goes to
 * the read log (LIST for the findings, API for the export document), as every other read does.
 */
@Component
class ReintegrationPersonalData implements PseudonymisedPersonalData, PersonalData {

    static final String REFERRALS = "reintegrationfollowups.personalData.referrals";
    static final String CHANGES = "reintegrationfollowups.personalData.changes";
    static final String FOLLOW_UPS = "reintegrationfollowups.personalData.followUps";
    static final String AUTHORED_REFERRALS = "reintegrationfollowups.personalData.authoredReferrals";
    static final String AUTHORED_CHANGES = "reintegrationfollowups.personalData.authoredChanges";
    static final String AUTHORED_FOLLOW_UPS = "reintegrationfollowups.personalData.authoredFollowUps";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final ReintegrationPersonKeys keys;
    private final UserAccounts accounts;

    ReintegrationPersonalData(JdbcClient jdbc, ReintegrationPersonKeys keys, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "reintegration";
    }

    // ---- the referred person ----

    /** A referral of the person, as its export and findings show it. */
    private record Referral(long id, LocalDate referredOn, String senderName, String senderKind, String receiverName,
            String receiverKind, List<String> riskGroups, String legalBasis, String programmeKind,
            String programmeReference, LocalDate programmeStart, LocalDate programmeEnd, String notes, String state,
            String stateReason, LocalDate receivedOn, LocalDate answeredOn, LocalDate acceptedOn, LocalDate startedOn,
            LocalDate endedOn, String endedAs, String exitOutcome, LocalDate closedOn) {
    }

    private List<Referral> referrals(PersonIdentity person) {
        return jdbc.sql("""
                select id, referred_on, sender_name, sender_kind, receiver_name, receiver_kind, risk_groups, legal_basis,
                       programme_kind, programme_reference, programme_start, programme_end, notes, state, state_reason,
                       received_on, answered_on, accepted_on, started_on, ended_on, ended_as, exit_outcome, closed_on
                from reintegration_referral where person_key = :key order by referred_on, id""")
                .param("key", keys.keyOf(person))
                .query((rs, n) -> new Referral(rs.getLong("id"), date(rs, "referred_on"), rs.getString("sender_name"),
                        rs.getString("sender_kind"), rs.getString("receiver_name"), rs.getString("receiver_kind"),
                        strings(rs.getArray("risk_groups")), rs.getString("legal_basis"), rs.getString("programme_kind"),
                        rs.getString("programme_reference"), date(rs, "programme_start"), date(rs, "programme_end"),
                        rs.getString("notes"), rs.getString("state"), rs.getString("state_reason"),
                        date(rs, "received_on"), date(rs, "answered_on"), date(rs, "accepted_on"),
                        date(rs, "started_on"), date(rs, "ended_on"), rs.getString("ended_as"),
                        rs.getString("exit_outcome"), date(rs, "closed_on")))
                .list();
    }

    @Override
    public List<PersonalDataFinding> find(PersonIdentity person) {
        List<Referral> referrals = referrals(person);
        logReads(referrals, ReadChannel.LIST);
        return PersonalDataFinding.found(module(), REFERRALS, referrals, referral -> "#" + referral.id() + ", "
                + DATE.format(referral.referredOn()) + ": " + referral.senderName() + " → " + referral.receiverName()
                + " (" + referral.state() + ")");
    }

    @Override
    public Map<String, Object> export(PersonIdentity person) {
        List<Referral> referrals = referrals(person);
        if (referrals.isEmpty()) {
            return Map.of();
        }
        logReads(referrals, ReadChannel.API);
        List<Long> ids = referrals.stream().map(Referral::id).toList();
        Map<Long, List<Map<String, Object>>> history = new LinkedHashMap<>();
        jdbc.sql("""
                select referral_id, from_state, to_state, reason, changed_on from reintegration_referral_change
                where referral_id in (:ids) order by referral_id, id""").param("ids", ids)
                .query((rs, n) -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("from", rs.getString("from_state"));
                    change.put("to", rs.getString("to_state"));
                    change.put("reason", rs.getString("reason"));
                    change.put("on", String.valueOf(date(rs, "changed_on")));
                    history.computeIfAbsent(rs.getLong("referral_id"), id -> new ArrayList<>()).add(change);
                    return null;
                }).list();
        Map<Long, List<Map<String, Object>>> followUps = new LinkedHashMap<>();
        jdbc.sql("""
                select referral_id, moment, due_on, outcome, recorded_on from reintegration_follow_up
                where referral_id in (:ids) order by referral_id, due_on""").param("ids", ids)
                .query((rs, n) -> {
                    Map<String, Object> followUp = new LinkedHashMap<>();
                    followUp.put("moment", rs.getString("moment"));
                    followUp.put("dueOn", String.valueOf(date(rs, "due_on")));
                    followUp.put("outcome", rs.getString("outcome"));
                    followUp.put("recordedOn", text(date(rs, "recorded_on")));
                    followUps.computeIfAbsent(rs.getLong("referral_id"), id -> new ArrayList<>()).add(followUp);
                    return null;
                }).list();
        List<Map<String, Object>> exported = referrals.stream().map(referral -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("referral", referral.id());
            row.put("referredOn", text(referral.referredOn()));
            row.put("sender", Map.of("name", referral.senderName(), "kind", referral.senderKind()));
            row.put("receiver", Map.of("name", referral.receiverName(), "kind", referral.receiverKind()));
            row.put("riskGroups", referral.riskGroups());
            row.put("legalBasis", referral.legalBasis());
            row.put("programmeKind", referral.programmeKind());
            row.put("programmeReference", referral.programmeReference());
            row.put("programmeStart", text(referral.programmeStart()));
            row.put("programmeEnd", text(referral.programmeEnd()));
            row.put("notes", referral.notes());
            row.put("state", referral.state());
            row.put("stateReason", referral.stateReason());
            row.put("receivedOn", text(referral.receivedOn()));
            row.put("answeredOn", text(referral.answeredOn()));
            row.put("acceptedOn", text(referral.acceptedOn()));
            row.put("startedOn", text(referral.startedOn()));
            row.put("endedOn", text(referral.endedOn()));
            row.put("endedAs", referral.endedAs());
            row.put("exitOutcome", referral.exitOutcome());
            row.put("closedOn", text(referral.closedOn()));
            row.put("history", history.getOrDefault(referral.id(), List.of()));
            row.put("followUps", followUps.getOrDefault(referral.id(), List.of()));
            return row;
        }).toList();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("referrals", exported);
        return section;
    }

    @Override
    public PersonalDataErasure erase(PersonIdentity person) {
        List<Long> ids = jdbc.sql("select id from reintegration_referral where person_key = :key")
                .param("key", keys.keyOf(person)).query(Long.class).list();
        if (ids.isEmpty()) {
            return PersonalDataErasure.nothing();
        }
        int changes = jdbc.sql("select count(*) from reintegration_referral_change where referral_id in (:ids)")
                .param("ids", ids).query(Integer.class).single();
        int followUps = jdbc.sql("select count(*) from reintegration_follow_up where referral_id in (:ids)")
                .param("ids", ids).query(Integer.class).single();
        // the statistic rows keep their counts (referral_id set null); changes and follow-ups cascade
        jdbc.sql("delete from reintegration_referral where id in (:ids)").param("ids", ids).update();
        List<PersonalDataFinding> erased = new ArrayList<>();
        erased.add(new PersonalDataFinding(module(), REFERRALS, ids.size(), List.of()));
        if (changes > 0) {
            erased.add(new PersonalDataFinding(module(), CHANGES, changes, List.of()));
        }
        if (followUps > 0) {
            erased.add(new PersonalDataFinding(module(), FOLLOW_UPS, followUps, List.of()));
        }
        return new PersonalDataErasure(erased, Set.of(), 0);
    }

    /** The administrator's read of the person's referrals, logged as any other read is. */
    private void logReads(List<Referral> referrals, ReadChannel channel) {
        Long userId = accounts.caller().signedIn().map(CurrentUser::id).orElse(null);
        if (userId == null || referrals.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into reintegration_read (referral_id, user_id, channel)
                select unnest(cast(:ids as bigint[])), :user, :channel""")
                .param("ids", referrals.stream().map(Referral::id).toArray(Long[]::new))
                .param("user", userId).param("channel", channel.name()).update();
    }

    // ---- staff, by e-mail address ----

    private record Authored(List<Long> referrals, List<Long> changes, List<Long> followUps) {

        boolean isEmpty() {
            return referrals.isEmpty() && changes.isEmpty() && followUps.isEmpty();
        }
    }

    private Authored authored(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return new Authored(List.of(), List.of(), List.of());
        }
        return new Authored(
                jdbc.sql("select id from reintegration_referral where created_by in (:users) order by id")
                        .param("users", userIds).query(Long.class).list(),
                jdbc.sql("select id from reintegration_referral_change where changed_by in (:users) order by id")
                        .param("users", userIds).query(Long.class).list(),
                jdbc.sql("select referral_id from reintegration_follow_up where recorded_by in (:users) order by referral_id")
                        .param("users", userIds).query(Long.class).list());
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        Authored authored = authored(accounts.idsWithEmail(email.value()));
        List<PersonalDataFinding> findings = new ArrayList<>();
        findings.addAll(PersonalDataFinding.found(module(), AUTHORED_REFERRALS, authored.referrals(), id -> "#" + id));
        findings.addAll(PersonalDataFinding.found(module(), AUTHORED_CHANGES, authored.changes(), id -> "#" + id));
        findings.addAll(PersonalDataFinding.found(module(), AUTHORED_FOLLOW_UPS, authored.followUps(), id -> "#" + id));
        return findings;
    }

    /** Counts only: what the referrals say is about the referred people, not about the staff who wrote them. */
    @Override
    public Map<String, Object> export(EmailAddress email) {
        Authored authored = authored(accounts.idsWithEmail(email.value()));
        if (authored.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("referralsSent", authored.referrals().size());
        section.put("changesOfState", authored.changes().size());
        section.put("followUpsRecorded", authored.followUps().size());
        return section;
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<Long> userIds = accounts.idsWithEmail(email.value());
        Authored authored = authored(userIds);
        if (authored.isEmpty()) {
            return PersonalDataErasure.nothing();
        }
        jdbc.sql("update reintegration_referral set created_by = null where created_by in (:users)")
                .param("users", userIds).update();
        jdbc.sql("update reintegration_referral_change set changed_by = null where changed_by in (:users)")
                .param("users", userIds).update();
        jdbc.sql("update reintegration_follow_up set recorded_by = null where recorded_by in (:users)")
                .param("users", userIds).update();
        List<PersonalDataFinding> erased = new ArrayList<>();
        erased.addAll(PersonalDataFinding.erased(module(), AUTHORED_REFERRALS, authored.referrals()));
        erased.addAll(PersonalDataFinding.erased(module(), AUTHORED_CHANGES, authored.changes()));
        erased.addAll(PersonalDataFinding.erased(module(), AUTHORED_FOLLOW_UPS, authored.followUps()));
        return new PersonalDataErasure(erased, Set.of(), 0);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
