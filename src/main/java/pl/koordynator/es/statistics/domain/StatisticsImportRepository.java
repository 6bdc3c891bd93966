package pl.koordynator.es.statistics.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.statistics.domain.StatisticsImportService.StoredImport;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded statistics files between their check and their confirmation, with their reports. */
@Repository
class StatisticsImportRepository {

    private static final String SELECT = """
            select id, file_name, layout, indicator, created_by, created_at, applied_at, status, report
            from statistics_import where id = :id""";

    private final JdbcClient jdbc;

    StatisticsImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String fileName, byte[] content, ImportLayout layout, String indicator, String createdBy,
            ImportReport report, JsonMapper json) {
        return jdbc.sql("""
                insert into statistics_import (file_name, content, layout, indicator, created_by, status, report)
                values (:fileName, :content, :layout, :indicator, :createdBy, 'CHECKED', cast(:report as jsonb))
                returning id""")
                .param("fileName", fileName).param("content", content).param("layout", layout.name())
                .param("indicator", indicator).param("createdBy", createdBy)
                .param("report", json.writeValueAsString(report)).query(Long.class).single();
    }

    Optional<StoredImport> find(long id, JsonMapper json) {
        return jdbc.sql(SELECT).param("id", id).query((rs, n) -> row(rs, json)).optional();
    }

    /** Locks the row, so two confirmations of one file are applied one after the other. */
    Optional<StoredImport> findForUpdate(long id, JsonMapper json) {
        return jdbc.sql(SELECT + " for update").param("id", id).query((rs, n) -> row(rs, json)).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from statistics_import where id = :id").param("id", id)
                .query(byte[].class).single();
    }

    void applied(long id, ImportReport report, JsonMapper json) {
        jdbc.sql("""
                update statistics_import set status = 'APPLIED', applied_at = now(), report = cast(:report as jsonb)
                where id = :id""").param("id", id).param("report", json.writeValueAsString(report)).update();
    }

    void checkedAgain(long id, ImportReport report, JsonMapper json) {
        jdbc.sql("update statistics_import set report = cast(:report as jsonb) where id = :id")
                .param("id", id).param("report", json.writeValueAsString(report)).update();
    }

    /** Uploads are kept for a day: long enough to confirm them, not so long that files pile up. */
    int purgeOlderThanADay() {
        return jdbc.sql("delete from statistics_import where created_at < now() - interval '1 day'").update();
    }

    private static StoredImport row(ResultSet rs, JsonMapper json) throws SQLException {
        return new StoredImport(rs.getLong("id"), rs.getString("file_name"),
                ImportLayout.valueOf(rs.getString("layout")), rs.getString("indicator"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("applied_at", OffsetDateTime.class),
                "APPLIED".equals(rs.getString("status")), json.readValue(rs.getString("report"), ImportReport.class));
    }
}
