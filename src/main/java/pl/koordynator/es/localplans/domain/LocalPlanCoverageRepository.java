package pl.koordynator.es.localplans.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanLevel;

/**
 * What the coverage, the map's layers, the programme's measures and the cards read of the plans, each in
 * one query. A plan is "in force" on a day when it was adopted (it is adopted, has expired since, or was
 * replaced after its resolution) and the day lies within its period: the plan's own history is its
 * status and period, no log of status changes is kept.
 */
@Repository
public class LocalPlanCoverageRepository {

    /** The condition of a plan in force on the day {@code :day}. */
    static final String IN_FORCE = """
            (status in ('ADOPTED', 'EXPIRED') or status = 'REPLACED' and resolution_number is not null)
            and period_start <= :day and period_end >= :day""";

    private final JdbcClient jdbc;

    LocalPlanCoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's plan for the coverage: its active plan, else its latest. */
    record UnitPlan(String unitTeryt, long planId, String title, LocalPlanStatus status, LocalDate periodEnd) {
    }

    /** Per unit (gmina or powiat TERYT) the plan its coverage status comes from. */
    Map<String, UnitPlan> planPerUnit() {
        Map<String, UnitPlan> plans = new HashMap<>();
        jdbc.sql("""
                select distinct on (unit_teryt) unit_teryt, id, title, status, period_end
                from localplans_plan
                order by unit_teryt, status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED') desc, created_at desc, id desc
                """).query((rs, n) -> new UnitPlan(rs.getString("unit_teryt"), rs.getLong("id"), rs.getString("title"),
                LocalPlanStatus.valueOf(rs.getString("status")), date(rs.getDate("period_end"))))
                .list().forEach(plan -> plans.put(plan.unitTeryt(), plan));
        return plans;
    }

    record Expiring(long planId, String unitTeryt, String unitName, PlanLevel level, String title, LocalDate periodEnd) {
    }

    /** Adopted plans whose period ends between the two days (both included), the soonest first. */
    List<Expiring> expiring(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, unit_teryt, unit_name, unit_level, title, period_end from localplans_plan
                where status = 'ADOPTED' and period_end between :from and :to
                order by period_end, unit_name, id
                """).param("from", from).param("to", to)
                .query((rs, n) -> new Expiring(rs.getLong("id"), rs.getString("unit_teryt"), rs.getString("unit_name"),
                        PlanLevel.valueOf(rs.getString("unit_level")), rs.getString("title"),
                        date(rs.getDate("period_end"))))
                .list();
    }

    /** The units (gminas and powiats) with a plan in force on the day. */
    Set<String> unitsInForce(LocalDate day) {
        return new TreeSet<>(jdbc.sql("select distinct unit_teryt from localplans_plan where " + IN_FORCE)
                .param("day", day).query(String.class).list());
    }

    /** Per powiat the number of units (the powiat and its gminas) with a plan in force on the day. */
    Map<String, Long> unitsInForceByPowiat(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select powiat_teryt, count(distinct unit_teryt) as units from localplans_plan where " + IN_FORCE
                + " group by powiat_teryt order by powiat_teryt").param("day", day)
                .query((rs, n) -> Map.entry(rs.getString("powiat_teryt"), rs.getLong("units")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * Per powiat the plans in preparation or in consultation now that were started by the day: the
     * current status, as no history of statuses is kept.
     */
    Map<String, Long> inPreparationByPowiat(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select powiat_teryt, count(*) as plans from localplans_plan
                where status in ('IN_PREPARATION', 'IN_CONSULTATION') and cast(created_at as date) <= :day
                group by powiat_teryt order by powiat_teryt
                """).param("day", day)
                .query((rs, n) -> Map.entry(rs.getString("powiat_teryt"), rs.getLong("plans")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The first year any plan was in force (the start of the earliest adopted period); null when none. */
    Integer firstYearInForce() {
        return jdbc.sql("""
                select min(extract(year from period_start))::int from localplans_plan
                where status in ('ADOPTED', 'EXPIRED') or status = 'REPLACED' and resolution_number is not null
                """).query(Integer.class).optional().orElse(null);
    }

    /** A plan on an organisation's card: the unit, status and the comments awaiting a decision. */
    public record PlanWithComments(long id, String unitName, String title, LocalPlanStatus status, long openComments) {
    }

    /**
     * Active plans in which the organisation is the JST or its responsible unit ({@code jst}), or the
     * supporting OWES, with their open comments; those with the most open comments first.
     */
    public List<PlanWithComments> activePlansOf(long organisationId, boolean asOwes) {
        String who = asOwes ? "p.owes_id = :organisation"
                : "(p.jst_id = :organisation or p.responsible_unit_id = :organisation)";
        return jdbc.sql("""
                select p.id, p.unit_name, p.title, p.status,
                       (select count(*) from localplans_comment c where c.plan_id = p.id and c.status = 'OPEN') as open_comments
                from localplans_plan p
                where %s and p.status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED')
                order by open_comments desc, p.unit_name, p.id
                """.formatted(who)).param("organisation", organisationId)
                .query((rs, n) -> new PlanWithComments(rs.getLong("id"), rs.getString("unit_name"), rs.getString("title"),
                        LocalPlanStatus.valueOf(rs.getString("status")), rs.getLong("open_comments")))
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
