package pl.koordynator.es.reintegration.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.reintegration.ExitOutcome;
import pl.koordynator.es.reintegration.LegalBasis;
import pl.koordynator.es.reintegration.OutcomeMoment;
import pl.koordynator.es.reintegration.ProgrammeKind;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.reintegration.ReferralSummary;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.RiskGroup;

/**
 * The referrals, their changes of state, follow-ups and read log in {@code reintegration_*}. Changes of
 * state are single statements guarded by the state they start from, so two users answering one referral
 * at once cannot both succeed.
 */
@Repository
class ReferralRepository {

    private static final String SUMMARY_COLUMNS = """
            r.id, r.person_key, r.sender_id, r.sender_name, r.sender_kind, r.sender_powiat_teryt, r.receiver_id,
            r.receiver_name, r.receiver_kind, r.receiver_powiat_teryt, r.referred_on, r.state, r.programme_kind,
            r.programme_reference,
            (select min(f.due_on) from reintegration_follow_up f where f.referral_id = r.id and f.outcome is null)
                as next_follow_up_due
            """;

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A referral as stored, before the caller's rights, history and follow-ups are added. */
    record Stored(long id, String personKey, ReferralView.Party sender, ReferralView.Party receiver,
            List<RiskGroup> riskGroups, LegalBasis legalBasis, LocalDate referredOn, ProgrammeKind programmeKind,
            String programmeReference, LocalDate programmeStart, LocalDate programmeEnd, String notes,
            ReferralState state, String stateReason, LocalDate receivedOn, LocalDate answeredOn, LocalDate acceptedOn,
            LocalDate startedOn, LocalDate endedOn, ReferralState endedAs, ExitOutcome exitOutcome, LocalDate closedOn,
            long version) {

        ReferralParties parties() {
            return new ReferralParties(id, sender.id(), receiver.id(), state);
        }

        /** The day of the latest step: no later step may be dated before it. */
        LocalDate lastStepOn() {
            LocalDate last = referredOn;
            for (LocalDate step : Arrays.asList(receivedOn, answeredOn, acceptedOn, startedOn, endedOn, closedOn)) {
                if (step != null && step.isAfter(last)) {
                    last = step;
                }
            }
            return last;
        }

        @Override
        public String toString() {
            return "Referral[" + id + ", " + state + "]";
        }
    }

    /** A change of state as stored, {@code by} the user's id. */
    record StoredChange(ReferralState from, ReferralState to, String reason, LocalDate on, Instant at, Long by) {
    }

    long insert(ReferralChecks.CheckedReferral referral, Long createdBy, boolean demo) {
        return jdbc.sql("""
                insert into reintegration_referral (person_key, sender_id, sender_name, sender_kind,
                    sender_powiat_teryt, receiver_id, receiver_name, receiver_kind, receiver_powiat_teryt, risk_groups,
                    legal_basis, referred_on, programme_kind, programme_reference, programme_start, programme_end,
                    notes, state, created_by, demo)
                values (:personKey, :senderId, :senderName, :senderKind, :senderPowiat, :receiverId, :receiverName,
                    :receiverKind, :receiverPowiat, cast(:riskGroups as varchar(40)[]), :legalBasis, :referredOn,
                    :programmeKind, :programmeReference, :programmeStart, :programmeEnd, :notes, 'SENT', :createdBy,
                    :demo)
                returning id""")
                .param("personKey", referral.personKey())
                .param("senderId", referral.sender().id()).param("senderName", referral.sender().name())
                .param("senderKind", referral.sender().kind().name())
                .param("senderPowiat", referral.sender().powiatTeryt())
                .param("receiverId", referral.receiver().id()).param("receiverName", referral.receiver().name())
                .param("receiverKind", referral.receiver().kind().name())
                .param("receiverPowiat", referral.receiver().powiatTeryt())
                .param("riskGroups", referral.riskGroups().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("legalBasis", referral.legalBasis().name()).param("referredOn", referral.referredOn())
                .param("programmeKind", referral.programmeKind() == null ? null : referral.programmeKind().name())
                .param("programmeReference", referral.programmeReference())
                .param("programmeStart", referral.programmeStart()).param("programmeEnd", referral.programmeEnd())
                .param("notes", referral.notes()).param("createdBy", createdBy).param("demo", demo)
                .query(Long.class).single();
    }

    void insertChange(long referralId, ReferralState from, ReferralState to, String reason, LocalDate on, Long by) {
        jdbc.sql("""
                insert into reintegration_referral_change (referral_id, from_state, to_state, reason, changed_on,
                    changed_by)
                values (:id, :from, :to, :reason, :on, :by)""")
                .param("id", referralId).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("reason", reason).param("on", on).param("by", by).update();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select * from reintegration_referral where id = :id").param("id", id)
                .query(ReferralRepository::stored).optional();
    }

    /**
     * Moves the referral from one state to another in one statement, setting the given date columns; false
     * when it is no longer in {@code from} (or no longer at {@code version} when one is given).
     *
     * @param columns date and text columns to set (names are this class's own, never the caller's input)
     */
    boolean move(long id, ReferralState from, ReferralState to, Long version, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("state = :to, updated_at = now(), version = version + 1");
        Map<String, Object> params = new HashMap<>();
        columns.forEach((column, value) -> {
            set.append(", ").append(column).append(" = :").append(column);
            params.put(column, value);
        });
        params.put("id", id);
        params.put("from", from.name());
        params.put("to", to.name());
        params.put("version", version);
        return jdbc.sql("update reintegration_referral set " + set + " where id = :id and state = :from"
                        + " and (cast(:version as bigint) is null or version = :version)")
                .params(params).update() == 1;
    }

    /** Bumps the version of a referral whose follow-up was recorded, so a view read before it is stale. */
    void touch(long id) {
        jdbc.sql("update reintegration_referral set updated_at = now(), version = version + 1 where id = :id")
                .param("id", id).update();
    }

    void insertFollowUps(long referralId, LocalDate endedOn) {
        for (OutcomeMoment moment : List.of(OutcomeMoment.MONTHS_3, OutcomeMoment.MONTHS_6, OutcomeMoment.MONTHS_12)) {
            jdbc.sql("insert into reintegration_follow_up (referral_id, moment, due_on) values (:id, :moment, :due)")
                    .param("id", referralId).param("moment", moment.name())
                    .param("due", endedOn.plusMonths(moment.months())).update();
        }
    }

    /** Records a follow-up not recorded yet; false when it does not exist or was recorded meanwhile. */
    boolean recordFollowUp(long referralId, OutcomeMoment moment, ExitOutcome outcome, LocalDate on, Long by) {
        return jdbc.sql("""
                update reintegration_follow_up set outcome = :outcome, recorded_on = :on, recorded_by = :by
                where referral_id = :id and moment = :moment and outcome is null""")
                .param("id", referralId).param("moment", moment.name()).param("outcome", outcome.name())
                .param("on", on).param("by", by).update() == 1;
    }

    List<ReferralView.FollowUp> followUps(long referralId) {
        return jdbc.sql("""
                select moment, due_on, outcome, recorded_on from reintegration_follow_up where referral_id = :id
                order by due_on, moment""").param("id", referralId)
                .query((rs, n) -> new ReferralView.FollowUp(OutcomeMoment.valueOf(rs.getString("moment")),
                        date(rs, "due_on"), outcome(rs.getString("outcome")), date(rs, "recorded_on")))
                .list();
    }

    List<StoredChange> changes(long referralId) {
        return jdbc.sql("""
                select from_state, to_state, reason, changed_on, changed_at, changed_by
                from reintegration_referral_change where referral_id = :id order by changed_at, id""")
                .param("id", referralId)
                .query((rs, n) -> new StoredChange(state(rs.getString("from_state")),
                        ReferralState.valueOf(rs.getString("to_state")), rs.getString("reason"),
                        date(rs, "changed_on"), instant(rs, "changed_at"), (Long) rs.getObject("changed_by")))
                .list();
    }

    /** Other referrals of the person that the organisation sent ({@code senderId}) or received ({@code receiverId}). */
    int countOthersOfPerson(String personKey, long exceptId, Long senderId, Long receiverId) {
        return jdbc.sql("""
                select count(*) from reintegration_referral
                where person_key = :key and id <> :id and (sender_id = :sender or receiver_id = :receiver)""")
                .param("key", personKey).param("id", exceptId).param("sender", senderId == null ? -1L : senderId)
                .param("receiver", receiverId == null ? -1L : receiverId).query(Integer.class).single();
    }

    /** One page of referrals matching the conditions (on alias {@code r}), newest first, with its total. */
    List<ReferralSummary> page(List<String> conditions, Map<String, Object> params, int limit, long offset,
            Long callerSenderId) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from reintegration_referral r" + where
                        + " order by r.referred_on desc, r.id desc limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new ReferralSummary(rs.getLong("id"), rs.getString("person_key"),
                        party(rs, "sender"), party(rs, "receiver"), date(rs, "referred_on"),
                        ReferralState.valueOf(rs.getString("state")), programme(rs.getString("programme_kind")),
                        rs.getString("programme_reference"), date(rs, "next_follow_up_due"),
                        callerSenderId != null && callerSenderId == rs.getLong("sender_id")))
                .list();
    }

    long count(List<String> conditions, Map<String, Object> params, long cap) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select count(*) from (select 1 from reintegration_referral r" + where + " limit :cap) c")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    /** The reads of these referrals by the user, in one statement. */
    void logReads(Collection<Long> referralIds, long userId, ReadChannel channel) {
        if (referralIds.isEmpty()) {
            return;
        }
        String array = referralIds.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                insert into reintegration_read (referral_id, user_id, channel)
                select unnest(cast(:ids as bigint[])), :user, :channel""")
                .param("ids", array).param("user", userId).param("channel", channel.name()).update();
    }

    /** A read in the log, {@code userId} to be named by the service. */
    record StoredRead(long id, long referralId, long userId, Instant readAt, ReadChannel channel) {
    }

    List<StoredRead> reads(List<String> conditions, Map<String, Object> params, int limit, long offset) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select id, referral_id, user_id, read_at, channel from reintegration_read" + where
                        + " order by read_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new StoredRead(rs.getLong("id"), rs.getLong("referral_id"), rs.getLong("user_id"),
                        instant(rs, "read_at"), ReadChannel.valueOf(rs.getString("channel"))))
                .list();
    }

    long countReads(List<String> conditions, Map<String, Object> params, long cap) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select count(*) from (select 1 from reintegration_read" + where + " limit :cap) c")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("person_key"), party(rs, "sender"), party(rs, "receiver"),
                riskGroups(rs.getArray("risk_groups")), LegalBasis.valueOf(rs.getString("legal_basis")),
                date(rs, "referred_on"), programme(rs.getString("programme_kind")), rs.getString("programme_reference"),
                date(rs, "programme_start"), date(rs, "programme_end"), rs.getString("notes"),
                ReferralState.valueOf(rs.getString("state")), rs.getString("state_reason"), date(rs, "received_on"),
                date(rs, "answered_on"), date(rs, "accepted_on"), date(rs, "started_on"), date(rs, "ended_on"),
                state(rs.getString("ended_as")), outcome(rs.getString("exit_outcome")), date(rs, "closed_on"),
                rs.getLong("version"));
    }

    private static ReferralView.Party party(ResultSet rs, String side) throws SQLException {
        return new ReferralView.Party(rs.getLong(side + "_id"), rs.getString(side + "_name"),
                ReferralPartyKind.valueOf(rs.getString(side + "_kind")), rs.getString(side + "_powiat_teryt"));
    }

    private static List<RiskGroup> riskGroups(Array array) throws SQLException {
        List<RiskGroup> groups = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                groups.add(RiskGroup.valueOf(value.toString()));
            }
        }
        return List.copyOf(groups);
    }

    private static ReferralState state(String value) {
        return value == null ? null : ReferralState.valueOf(value);
    }

    private static ExitOutcome outcome(String value) {
        return value == null ? null : ExitOutcome.valueOf(value);
    }

    private static ProgrammeKind programme(String value) {
        return value == null ? null : ProgrammeKind.valueOf(value);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
