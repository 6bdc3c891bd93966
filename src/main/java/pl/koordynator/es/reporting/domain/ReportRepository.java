package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.reporting.ReportStatus;

/** Reports, their values, review comments and attachments in PostgreSQL. */
@Repository
class ReportRepository {

    record Row(long id, long templateId, String templateCode, int templateVersion, long owesId, String period,
            LocalDate periodEnd, LocalDate deadline, ReportStatus status, String returnComment, String reopenReason,
            OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, long version) {
    }

    /** A value of an indicator's total ({@code cell} empty) or of one of its cells. */
    record Value(String code, String cell, BigDecimal number, String text, String comment) {

        String key() {
            return cell.isEmpty() ? code : code + "." + cell;
        }
    }

    record Attachment(long id, String filename, int size, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    // the template's version comes with the row, so that a list of reports needs no query per template
    private static final String COLUMNS = """
            id, template_id, template_code, owes_id, period, period_end, deadline, status, return_comment,
            reopen_reason, submitted_at, decided_at, decided_by, version,
            (select t.version from report_template t where t.id = owes_report.template_id) as template_version""";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from owes_report where id = :id").param("id", id)
                .query(ReportRepository::row).optional();
    }

    Optional<Long> findId(long owesId, String templateCode, String period) {
        return jdbc.sql("select id from owes_report where owes_id = :owes and template_code = :code and period = :period")
                .param("owes", owesId).param("code", templateCode).param("period", period).query(Long.class)
                .optional();
    }

    long insert(long templateId, String templateCode, long owesId, String period, LocalDate periodEnd,
            LocalDate deadline, String createdBy) {
        return jdbc.sql("""
                insert into owes_report (template_id, template_code, owes_id, period, period_end, deadline, created_by)
                values (:templateId, :code, :owes, :period, :periodEnd, :deadline, :createdBy)
                on conflict (owes_id, template_code, period) do nothing returning id""")
                .param("templateId", templateId).param("code", templateCode).param("owes", owesId)
                .param("period", period).param("periodEnd", periodEnd).param("deadline", deadline)
                .param("createdBy", createdBy).query(Long.class).optional().orElse(-1L);
    }

    /** Reports of one OWES (or all when null), newest period first, with optional filters. */
    List<Row> search(Long owesId, String templateCode, String period, ReportStatus status, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from owes_report where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (owesId != null) {
            sql.append(" and owes_id = :owes");
            params.put("owes", owesId);
        }
        if (templateCode != null) {
            sql.append(" and template_code = :code");
            params.put("code", templateCode);
        }
        if (period != null) {
            sql.append(" and period = :period");
            params.put("period", period);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        sql.append(" order by period_end desc, owes_id, template_code limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(ReportRepository::row).list();
    }

    List<Row> ofPeriod(String templateCode, String period) {
        return jdbc.sql("select " + COLUMNS + " from owes_report where template_code = :code and period = :period")
                .param("code", templateCode).param("period", period).query(ReportRepository::row).list();
    }

    List<Value> values(long reportId) {
        return jdbc.sql("select code, cell, number, text, comment from report_value where report_id = :id order by code, cell")
                .param("id", reportId)
                .query((rs, row) -> new Value(rs.getString("code"), rs.getString("cell"), rs.getBigDecimal("number"),
                        rs.getString("text"), rs.getString("comment")))
                .list();
    }

    /** The values of these reports, by report id, in one query. */
    Map<Long, List<Value>> valuesOf(Collection<Long> reportIds) {
        Map<Long, List<Value>> values = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                select report_id, code, cell, number, text, comment from report_value
                where report_id in (:ids) order by report_id, code, cell""")
                .param("ids", reportIds)
                .query((rs, row) -> values.computeIfAbsent(rs.getLong("report_id"), id -> new ArrayList<>())
                        .add(new Value(rs.getString("code"), rs.getString("cell"), rs.getBigDecimal("number"),
                                rs.getString("text"), rs.getString("comment"))))
                .list();
        return values;
    }

    /** The review comments of these reports, by report id, in one query. */
    Map<Long, Map<String, String>> reviewCommentsOf(Collection<Long> reportIds) {
        Map<Long, Map<String, String>> comments = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return comments;
        }
        jdbc.sql("""
                select report_id, code, comment from report_review_comment
                where report_id in (:ids) order by report_id, code""")
                .param("ids", reportIds)
                .query((rs, row) -> comments.computeIfAbsent(rs.getLong("report_id"), id -> new LinkedHashMap<>())
                        .put(rs.getString("code"), rs.getString("comment")))
                .list();
        return comments;
    }

    Map<String, String> reviewComments(long reportId) {
        Map<String, String> comments = new LinkedHashMap<>();
        jdbc.sql("select code, comment from report_review_comment where report_id = :id order by code")
                .param("id", reportId).query((rs, row) -> comments.put(rs.getString("code"), rs.getString("comment")))
                .list();
        return comments;
    }

    /** Replaces the values of a report still at {@code version}; false when someone else changed it first. */
    boolean writeValues(long id, long version, Collection<Value> values) {
        if (jdbc.sql("""
                update owes_report set version = version + 1, updated_at = now()
                where id = :id and version = :version and status in ('DRAFT', 'RETURNED')""")
                .param("id", id).param("version", version).update() != 1) {
            return false;
        }
        jdbc.sql("delete from report_value where report_id = :id").param("id", id).update();
        for (Value value : values) {
            jdbc.sql("insert into report_value (report_id, code, cell, number, text, comment) values (:id, :code, :cell, :number, :text, :comment)")
                    .param("id", id).param("code", value.code()).param("cell", value.cell())
                    .param("number", value.number()).param("text", value.text()).param("comment", value.comment())
                    .update();
        }
        return true;
    }

    /** Moves a report from {@code from} to {@code to} when it is still at {@code version}. */
    boolean transition(long id, long version, ReportStatus from, ReportStatus to, String decidedBy, String returnComment,
            String reopenReason) {
        String stamp = switch (to) {
            case SUBMITTED -> ", submitted_at = now()";
            case APPROVED, RETURNED -> ", decided_at = now(), decided_by = :decidedBy";
            case DRAFT -> "";
        };
        String sql = "update owes_report set status = :to, version = version + 1, updated_at = now()" + stamp
                + (to == ReportStatus.RETURNED ? ", return_comment = :returnComment, reopen_reason = :reopenReason" : "")
                + (to == ReportStatus.APPROVED ? ", return_comment = null" : "")
                + " where id = :id and version = :version and status = :from";
        var statement = jdbc.sql(sql).param("to", to.name()).param("id", id).param("version", version)
                .param("from", from.name());
        if (sql.contains(":decidedBy")) {
            statement = statement.param("decidedBy", decidedBy);
        }
        if (to == ReportStatus.RETURNED) {
            statement = statement.param("returnComment", returnComment).param("reopenReason", reopenReason);
        }
        return statement.update() == 1;
    }

    void replaceReviewComments(long id, Map<String, String> comments) {
        jdbc.sql("delete from report_review_comment where report_id = :id").param("id", id).update();
        comments.forEach((code, comment) -> jdbc.sql(
                "insert into report_review_comment (report_id, code, comment) values (:id, :code, :comment)")
                .param("id", id).param("code", code).param("comment", comment).update());
    }

    /** Backdates a demo report's stamps; for demo data only. */
    void backdate(long id, OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
        jdbc.sql("""
                update owes_report set created_at = :created, updated_at = coalesce(cast(:decided as timestamptz),
                    cast(:submitted as timestamptz), :created),
                    submitted_at = case when submitted_at is null then null else cast(:submitted as timestamptz) end,
                    decided_at = case when decided_at is null then null else cast(:decided as timestamptz) end
                where id = :id""")
                .param("created", createdAt).param("submitted", submittedAt).param("decided", decidedAt)
                .param("id", id).update();
    }

    long addAttachment(long reportId, String filename, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                insert into report_attachment (report_id, filename, size, content, uploaded_by)
                values (:id, :filename, :size, :content, :by) returning id""")
                .param("id", reportId).param("filename", filename).param("size", content.length)
                .param("content", content).param("by", uploadedBy).query(Long.class).single();
    }

    List<Attachment> attachments(long reportId) {
        return jdbc.sql("select id, filename, size, uploaded_by, uploaded_at from report_attachment where report_id = :id order by id")
                .param("id", reportId)
                .query((rs, row) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getInt("size"),
                        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class)))
                .list();
    }

    Optional<byte[]> attachmentContent(long reportId, long attachmentId) {
        return jdbc.sql("select content from report_attachment where report_id = :report and id = :id")
                .param("report", reportId).param("id", attachmentId).query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<Attachment> attachment(long reportId, long attachmentId) {
        return attachments(reportId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    boolean deleteAttachment(long reportId, long attachmentId) {
        return jdbc.sql("delete from report_attachment where report_id = :report and id = :id")
                .param("report", reportId).param("id", attachmentId).update() == 1;
    }

    /** Whether a reminder about the period went to the OWES today; records that one goes now when not. */
    boolean claimReminder(long owesId, String templateCode, String period, LocalDate today) {
        return jdbc.sql("""
                insert into report_reminder (owes_id, template_code, period, sent_on) values (:owes, :code, :period, :today)
                on conflict (owes_id, template_code, period) do update set sent_on = excluded.sent_on
                where report_reminder.sent_on < excluded.sent_on""")
                .param("owes", owesId).param("code", templateCode).param("period", period).param("today", today)
                .update() == 1;
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("template_id"), rs.getString("template_code"),
                rs.getInt("template_version"), rs.getLong("owes_id"),
                rs.getString("period"), rs.getObject("period_end", LocalDate.class),
                rs.getObject("deadline", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("return_comment"), rs.getString("reopen_reason"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"), rs.getLong("version"));
    }
}
