package pl.koordynator.es.localplans;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans for the coverage tests, written straight into the plans' table: the coverage reads only that
 * table, and its tests need plans in every status, also histories (expired, replaced) the plan service
 * writes over time.
 */
final class LocalPlanCoverageFixtures {

    private final JdbcClient jdbc;

    LocalPlanCoverageFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan of the unit; an adopted, expired or replaced one with a resolution when it has a period. */
    long plan(String teryt, String name, LocalPlanStatus status, LocalDate start, LocalDate end) {
        return plan(teryt, name, status, start, end, null, null);
    }

    long plan(String teryt, String name, LocalPlanStatus status, LocalDate start, LocalDate end, Long jstId,
            Long owesId) {
        boolean resolution = start != null && status != LocalPlanStatus.IN_PREPARATION
                && status != LocalPlanStatus.IN_CONSULTATION;
        return jdbc.sql("""
                insert into localplans_plan (unit_teryt, unit_level, unit_name, powiat_teryt, title, status, period_start,
                    period_end, resolution_number, resolution_date, jst_id, owes_id, consultation_deadline)
                values (:teryt, :level, :name, :powiat, :title, :status, :start, :end, :resolution, :start, :jst, :owes,
                    :deadline)
                returning id
                """).param("teryt", teryt).param("level", teryt.length() == 7 ? "GMINA" : "POWIAT")
                .param("name", name).param("powiat", teryt.substring(0, 4))
                .param("title", "Lokalny plan rozwoju ES – " + name + " (" + status + ")").param("status", status.name())
                .param("start", start).param("end", end)
                .param("resolution", resolution ? "XII/" + teryt + "/" + status.ordinal() : null)
                .param("jst", jstId).param("owes", owesId)
                .param("deadline", status == LocalPlanStatus.IN_CONSULTATION ? pl.koordynator.es.testing.RegionDate.today().plusDays(30) : null)
                .query(Long.class).single();
    }

    /** The old plan becomes REPLACED by the new one. */
    void replace(long old, long replacement) {
        jdbc.sql("update localplans_plan set status = 'REPLACED', replaced_by_id = :new where id = :old")
                .param("new", replacement).param("old", old).update();
    }

    long comment(long planId, String status) {
        return jdbc.sql("""
                insert into localplans_comment (plan_id, section_key, section_version_no, author_role, text, status,
                    decision_reason)
                values (:plan, 'DIAGNOSIS', 1, 'ADMIN', 'Uwaga', :status, :reason) returning id
                """).param("plan", planId).param("status", status)
                .param("reason", "REJECTED".equals(status) ? "Nie" : null).query(Long.class).single();
    }

    long organisation(String name, String kind, String gmina) {
        return jdbc.sql("insert into organisation (name, kind, gmina_teryt, town) values (:name, :kind, :gmina, 'X') "
                + "returning id").param("name", name).param("kind", kind).param("gmina", gmina).query(Long.class).single();
    }
}
