package pl.koordynator.es.localplans.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.PlanLevel;

/** What the diagnosis reads of the module's own tables: the plan's title and unit, the DIAGNOSIS section. */
@Repository
class LocalPlanDiagnosisRepository {

    private final JdbcClient jdbc;

    LocalPlanDiagnosisRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PlanHead(long id, String title, PlanLevel level, String unitTeryt, String unitName) {
    }

    record Section(String text, int versionNo, OffsetDateTime updatedAt) {
    }

    Optional<PlanHead> plan(long id) {
        return jdbc.sql("select id, title, unit_level, unit_teryt, unit_name from localplans_plan where id = :id")
                .param("id", id)
                .query((rs, n) -> new PlanHead(rs.getLong("id"), rs.getString("title"),
                        PlanLevel.valueOf(rs.getString("unit_level")), rs.getString("unit_teryt"),
                        rs.getString("unit_name")))
                .optional();
    }

    Optional<Section> diagnosisSection(long planId) {
        return jdbc.sql("""
                select text, version_no, updated_at from localplans_section
                where plan_id = :id and section_key = 'DIAGNOSIS'""")
                .param("id", planId)
                .query((rs, n) -> new Section(rs.getString("text"), rs.getInt("version_no"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional();
    }
}
