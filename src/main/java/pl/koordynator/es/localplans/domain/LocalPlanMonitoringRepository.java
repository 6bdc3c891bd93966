package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.localplans.PlanMonitoring;
import pl.koordynator.es.programme.Direction;

/** The plan facts, indicators, entered values and yearly notes the monitoring reads and writes. */
@Repository
class LocalPlanMonitoringRepository {

    private final JdbcClient jdbc;

    LocalPlanMonitoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Plan(long id, String title, PlanLevel level, String unitTeryt, String unitName, String powiatTeryt,
            LocalPlanStatus status, LocalDate periodStart, LocalDate periodEnd) {
    }

    record Indicator(long id, long planId, int number, String name, String unit, Direction direction,
            BigDecimal baseline, Integer baselineYear, BigDecimal target, int targetYear, IndicatorSource source,
            String sourceCode) {
    }

    record EnteredValue(long indicatorId, int year, BigDecimal value) {
    }

    Optional<Plan> plan(long id) {
        return jdbc.sql("""
                select id, title, unit_level, unit_teryt, unit_name, powiat_teryt, status, period_start, period_end
                from localplans_plan where id = :id
                """).param("id", id).query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("title"),
                PlanLevel.valueOf(rs.getString("unit_level")), rs.getString("unit_teryt"), rs.getString("unit_name"),
                rs.getString("powiat_teryt"), LocalPlanStatus.valueOf(rs.getString("status")),
                date(rs.getDate("period_start")), date(rs.getDate("period_end")))).optional();
    }

    /** Locks the plan's row, so that writes to one plan's values and notes queue up. */
    void lockPlan(long id) {
        jdbc.sql("select id from localplans_plan where id = :id for update").param("id", id).query(Long.class).optional();
    }

    List<Indicator> indicators(long planId) {
        return jdbc.sql("""
                select id, plan_id, number, name, unit, direction, baseline, baseline_year, target, target_year,
                       source, source_code
                from localplans_indicator where plan_id = :planId order by number
                """).param("planId", planId).query((rs, n) -> new Indicator(rs.getLong("id"), rs.getLong("plan_id"),
                rs.getInt("number"), rs.getString("name"), rs.getString("unit"),
                Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("baseline"),
                (Integer) rs.getObject("baseline_year"), rs.getBigDecimal("target"), rs.getInt("target_year"),
                IndicatorSource.valueOf(rs.getString("source")), rs.getString("source_code"))).list();
    }

    List<EnteredValue> enteredValues(long planId) {
        return jdbc.sql("""
                select v.indicator_id, v.year, v.value from localplans_indicator_value v
                join localplans_indicator i on i.id = v.indicator_id
                where i.plan_id = :planId order by v.indicator_id, v.year
                """).param("planId", planId).query((rs, n) -> new EnteredValue(rs.getLong("indicator_id"),
                rs.getInt("year"), rs.getBigDecimal("value"))).list();
    }

    Optional<BigDecimal> enteredValue(long indicatorId, int year) {
        return jdbc.sql("select value from localplans_indicator_value where indicator_id = :id and year = :year")
                .param("id", indicatorId).param("year", year).query(BigDecimal.class).optional();
    }

    void saveValue(long indicatorId, int year, BigDecimal value, String enteredBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into localplans_indicator_value (indicator_id, year, value, entered_at, entered_by)
                values (:id, :year, :value, :now, :by)
                on conflict (indicator_id, year) do update
                    set value = excluded.value, entered_at = excluded.entered_at, entered_by = excluded.entered_by
                """).param("id", indicatorId).param("year", year).param("value", value).param("now", now)
                .param("by", enteredBy).update();
    }

    Optional<PlanMonitoring.YearlyNote> note(long planId, int year) {
        return jdbc.sql("select year, text, written_at, version from localplans_yearly_note where plan_id = :id and year = :year")
                .param("id", planId).param("year", year)
                .query((rs, n) -> new PlanMonitoring.YearlyNote(rs.getInt("year"), rs.getString("text"),
                        rs.getObject("written_at", OffsetDateTime.class), rs.getLong("version"))).optional();
    }

    void insertNote(long planId, int year, String text, String writtenBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into localplans_yearly_note (plan_id, year, text, written_at, written_by, version)
                values (:id, :year, :text, :now, :by, 0)
                """).param("id", planId).param("year", year).param("text", text).param("now", now)
                .param("by", writtenBy).update();
    }

    boolean updateNote(long planId, int year, long version, String text, String writtenBy, OffsetDateTime now) {
        return jdbc.sql("""
                update localplans_yearly_note set text = :text, written_at = :now, written_by = :by,
                    version = version + 1
                where plan_id = :id and year = :year and version = :version
                """).param("id", planId).param("year", year).param("version", version).param("text", text)
                .param("now", now).param("by", writtenBy).update() == 1;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
