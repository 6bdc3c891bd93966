package pl.koordynator.es.localplans.domain;

import java.sql.Date;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanLevel;

/** Reads a plan's {@link PlanParties} for the access rules, in one query. */
@Repository
public class PlanPartiesReader {

    private final JdbcClient jdbc;

    PlanPartiesReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanParties> find(long planId) {
        return jdbc.sql("""
                select id, unit_level, unit_teryt, status, jst_id, responsible_unit_id, owes_id, consultation_deadline
                from localplans_plan where id = :id
                """).param("id", planId).query((rs, n) -> {
            Date deadline = rs.getDate("consultation_deadline");
            return new PlanParties(rs.getLong("id"), PlanLevel.valueOf(rs.getString("unit_level")),
                    rs.getString("unit_teryt"), LocalPlanStatus.valueOf(rs.getString("status")),
                    (Long) rs.getObject("jst_id"), (Long) rs.getObject("responsible_unit_id"),
                    (Long) rs.getObject("owes_id"), deadline == null ? null : deadline.toLocalDate());
        }).optional();
    }
}
