package pl.koordynator.es.localplans.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.localplans.CommentStatus;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.SectionKey;

/**
 * Sections, their versions and comments in {@code localplans_section}, {@code localplans_section_version}
 * and {@code localplans_comment}. A section's row is written on its first save; until then it reads as
 * empty at version 0.
 */
@Repository
class LocalPlanSectionRepository {

    /** The plan's facts a section page and an e-mail show. */
    record PlanHeading(long id, String title, String unitName, LocalPlanStatus status) {
    }

    /** A section's current state; {@code organisationId} of the author of the current version. */
    record StoredSection(SectionKey key, String text, int version, OffsetDateTime updatedAt, Long updatedBy,
            Long organisationId) {

        static StoredSection empty(SectionKey key) {
            return new StoredSection(key, "", 0, null, null, null);
        }
    }

    record StoredVersion(long id, int version, String text, OffsetDateTime savedAt, Long savedBy,
            Long organisationId, Long fromCommentId, Integer commentWrittenOnVersion) {
    }

    record StoredComment(long id, long planId, SectionKey key, int sectionVersion, Long authorId, String authorRole,
            Long authorOrganisationId, String authorOrganisationName, String text, String suggestedText,
            CommentStatus status, String reason, Long decidedBy, OffsetDateTime decidedAt, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    LocalPlanSectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanHeading> heading(long planId) {
        return jdbc.sql("select id, title, unit_name, status from localplans_plan where id = :id").param("id", planId)
                .query((rs, n) -> new PlanHeading(rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"),
                        LocalPlanStatus.valueOf(rs.getString("status")))).optional();
    }

    private static final String SECTION = """
            select s.section_key, s.text, s.version_no, s.updated_at, s.updated_by, v.saved_by_organisation_id
            from localplans_section s
            left join localplans_section_version v on v.plan_id = s.plan_id and v.section_key = s.section_key
                and v.version_no = s.version_no
            where s.plan_id = :planId""";

    Map<SectionKey, StoredSection> sections(long planId) {
        Map<SectionKey, StoredSection> found = new HashMap<>();
        jdbc.sql(SECTION).param("planId", planId).query((rs, n) -> section(rs)).list()
                .forEach(section -> found.put(section.key(), section));
        return found;
    }

    StoredSection section(long planId, SectionKey key) {
        return jdbc.sql(SECTION + " and s.section_key = :key").param("planId", planId).param("key", key.name())
                .query((rs, n) -> section(rs)).optional().orElseGet(() -> StoredSection.empty(key));
    }

    /** The section's row, written now if it was not yet, locked until the transaction ends. */
    StoredSection lock(long planId, SectionKey key) {
        jdbc.sql("insert into localplans_section (plan_id, section_key) values (:planId, :key) on conflict do nothing")
                .param("planId", planId).param("key", key.name()).update();
        jdbc.sql("select 1 from localplans_section where plan_id = :planId and section_key = :key for update")
                .param("planId", planId).param("key", key.name()).query(Integer.class).single();
        return section(planId, key);
    }

    private static StoredSection section(ResultSet rs) throws SQLException {
        return new StoredSection(SectionKey.valueOf(rs.getString("section_key")), rs.getString("text"),
                rs.getInt("version_no"), rs.getObject("updated_at", OffsetDateTime.class),
                (Long) rs.getObject("updated_by"), (Long) rs.getObject("saved_by_organisation_id"));
    }

    /** Saves the text as the section's next version; returns its number. */
    int saveVersion(long planId, SectionKey key, int previous, String text, Long userId, Long organisationId,
            Long fromCommentId, OffsetDateTime now) {
        int next = previous + 1;
        jdbc.sql("""
                insert into localplans_section_version (plan_id, section_key, version_no, text, saved_at, saved_by,
                    saved_by_organisation_id, from_comment_id)
                values (:planId, :key, :version, :text, :now, :userId, :organisationId, :commentId)""")
                .param("planId", planId).param("key", key.name()).param("version", next).param("text", text)
                .param("now", now).param("userId", userId).param("organisationId", organisationId)
                .param("commentId", fromCommentId).update();
        jdbc.sql("""
                update localplans_section set text = :text, version_no = :version, updated_at = :now,
                    updated_by = :userId
                where plan_id = :planId and section_key = :key""")
                .param("planId", planId).param("key", key.name()).param("version", next).param("text", text)
                .param("now", now).param("userId", userId).update();
        return next;
    }

    private static final String VERSION = """
            select v.id, v.version_no, v.text, v.saved_at, v.saved_by, v.saved_by_organisation_id, v.from_comment_id,
                c.section_version_no as comment_written_on
            from localplans_section_version v left join localplans_comment c on c.id = v.from_comment_id
            where v.plan_id = :planId and v.section_key = :key""";

    List<StoredVersion> versions(long planId, SectionKey key) {
        return jdbc.sql(VERSION + " order by v.version_no desc").param("planId", planId).param("key", key.name())
                .query((rs, n) -> version(rs)).list();
    }

    Optional<StoredVersion> version(long planId, SectionKey key, int number) {
        return jdbc.sql(VERSION + " and v.version_no = :number").param("planId", planId).param("key", key.name())
                .param("number", number).query((rs, n) -> version(rs)).optional();
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getLong("id"), rs.getInt("version_no"), rs.getString("text"),
                rs.getObject("saved_at", OffsetDateTime.class), (Long) rs.getObject("saved_by"),
                (Long) rs.getObject("saved_by_organisation_id"), (Long) rs.getObject("from_comment_id"),
                (Integer) rs.getObject("comment_written_on"));
    }

    /** Open comments per section of the plan. */
    Map<SectionKey, Long> openComments(long planId) {
        Map<SectionKey, Long> counts = new HashMap<>();
        jdbc.sql("""
                select section_key, count(*) as open from localplans_comment where plan_id = :planId and status = 'OPEN'
                group by section_key""").param("planId", planId)
                .query((rs, n) -> Map.entry(SectionKey.valueOf(rs.getString("section_key")), rs.getLong("open")))
                .list().forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static final String COMMENT = "select * from localplans_comment";

    List<StoredComment> comments(long planId, SectionKey key) {
        return jdbc.sql(COMMENT + " where plan_id = :planId and section_key = :key order by created_at desc, id desc")
                .param("planId", planId).param("key", key.name()).query((rs, n) -> comment(rs)).list();
    }

    Optional<StoredComment> comment(long planId, SectionKey key, long commentId, boolean lock) {
        return jdbc.sql(COMMENT + " where id = :id and plan_id = :planId and section_key = :key"
                        + (lock ? " for update" : ""))
                .param("id", commentId).param("planId", planId).param("key", key.name())
                .query((rs, n) -> comment(rs)).optional();
    }

    static StoredComment comment(ResultSet rs) throws SQLException {
        return new StoredComment(rs.getLong("id"), rs.getLong("plan_id"), SectionKey.valueOf(rs.getString("section_key")),
                rs.getInt("section_version_no"), (Long) rs.getObject("author_id"), rs.getString("author_role"),
                (Long) rs.getObject("author_organisation_id"), rs.getString("author_organisation_name"),
                rs.getString("text"), rs.getString("suggested_text"), CommentStatus.valueOf(rs.getString("status")),
                rs.getString("decision_reason"), (Long) rs.getObject("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }

    long insertComment(long planId, SectionKey key, int sectionVersion, Long authorId, String role,
            Long organisationId, String organisationName, String text, String suggestedText, OffsetDateTime now) {
        return jdbc.sql("""
                insert into localplans_comment (plan_id, section_key, section_version_no, author_id, author_role,
                    author_organisation_id, author_organisation_name, text, suggested_text, status, created_at)
                values (:planId, :key, :version, :authorId, :role, :organisationId, :organisationName, :text,
                    :suggestedText, 'OPEN', :now)
                returning id""")
                .param("planId", planId).param("key", key.name()).param("version", sectionVersion)
                .param("authorId", authorId).param("role", role).param("organisationId", organisationId)
                .param("organisationName", organisationName).param("text", text)
                .param("suggestedText", suggestedText).param("now", now).query(Long.class).single();
    }

    /** False when the comment was decided meanwhile. */
    boolean decide(long commentId, CommentStatus status, String reason, Long decidedBy, OffsetDateTime now) {
        return jdbc.sql("""
                update localplans_comment set status = :status, decision_reason = :reason, decided_by = :decidedBy,
                    decided_at = :now, version = version + 1
                where id = :id and status = 'OPEN'""")
                .param("status", status.name()).param("reason", reason).param("decidedBy", decidedBy)
                .param("now", now).param("id", commentId).update() == 1;
    }
}
