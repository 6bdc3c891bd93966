package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the aggregates read: the anonymous {@code reintegration_statistic} only (one row per referral, kept by
 * the triggers of V41 and left in place when the referral is erased), never the referrals themselves.
 */
@Repository("reintegrationAggregateRepository")
class AggregateRepository {

    /** The first day of the row's quarter. */
    private static final String QUARTER_START = "make_date(year, quarter * 3 - 2, 1)";

    private final JdbcClient jdbc;

    AggregateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many referrals of the year share these facts. */
    record Group(int quarter, String powiat, String senderKind, String receiverKind, boolean accepted,
            boolean completed, String exitOutcome, String outcome12Months, long referrals) {
    }

    List<Group> groups(int year) {
        return jdbc.sql("""
                select quarter, sender_powiat_teryt, sender_kind, receiver_kind, accepted, completed, exit_outcome,
                       outcome_12_months, count(*) as referrals
                from reintegration_statistic where year = :year
                group by quarter, sender_powiat_teryt, sender_kind, receiver_kind, accepted, completed, exit_outcome,
                         outcome_12_months
                """).param("year", year)
                .query((rs, n) -> new Group(rs.getInt("quarter"), rs.getString("sender_powiat_teryt"),
                        rs.getString("sender_kind"), rs.getString("receiver_kind"), rs.getBoolean("accepted"),
                        rs.getBoolean("completed"), rs.getString("exit_outcome"), rs.getString("outcome_12_months"),
                        rs.getLong("referrals")))
                .list();
    }

    /** A sending and a receiving institution that cooperated in a quarter, with the sender's powiat. */
    record Pair(int quarter, String powiat, long senderId, long receiverId) {
    }

    List<Pair> pairs(int year) {
        return jdbc.sql("""
                select distinct quarter, sender_powiat_teryt, sender_id, receiver_id
                from reintegration_statistic where year = :year
                """).param("year", year)
                .query((rs, n) -> new Pair(rs.getInt("quarter"), rs.getString("sender_powiat_teryt"),
                        rs.getLong("sender_id"), rs.getLong("receiver_id")))
                .list();
    }

    /** Referrals of the quarters starting within the days, by the sender's powiat. */
    Map<String, Long> referralsByPowiat(LocalDate from, LocalDate to) {
        return byPowiat("""
                select sender_powiat_teryt as powiat, count(*) as n from reintegration_statistic
                where %s between :from and :to group by sender_powiat_teryt order by 1
                """.formatted(QUARTER_START), from, to);
    }

    /** Referrals of those quarters that ended in employment, by the sender's powiat. */
    Map<String, Long> employmentByPowiat(LocalDate from, LocalDate to, List<String> outcomes) {
        return jdbc.sql("""
                select sender_powiat_teryt as powiat, count(*) as n from reintegration_statistic
                where %s between :from and :to and exit_outcome in (:outcomes)
                group by sender_powiat_teryt order by 1
                """.formatted(QUARTER_START)).param("from", from).param("to", to).param("outcomes", outcomes)
                .query((rs, n) -> Map.entry(rs.getString("powiat"), rs.getLong("n"))).list().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    /**
     * Distinct organisations that sent or received a referral of those quarters, each counted in its own
     * powiat (a sender where it sends from, a unit where it is).
     */
    Map<String, Long> institutionsByPowiat(LocalDate from, LocalDate to) {
        return byPowiat("""
                select powiat, count(distinct organisation) as n from (
                    select sender_id as organisation, sender_powiat_teryt as powiat from reintegration_statistic
                    where %1$s between :from and :to
                    union
                    select receiver_id, receiver_powiat_teryt from reintegration_statistic
                    where %1$s between :from and :to) o
                group by powiat order by 1
                """.formatted(QUARTER_START), from, to);
    }

    /** Distinct organisations that sent or received a referral of those quarters, in the whole region. */
    long institutions(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from (
                    select sender_id from reintegration_statistic where %1$s between :from and :to
                    union
                    select receiver_id from reintegration_statistic where %1$s between :from and :to) o
                """.formatted(QUARTER_START)).param("from", from).param("to", to).query(Long.class).single();
    }

    private Map<String, Long> byPowiat(String sql, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getString("powiat"), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
