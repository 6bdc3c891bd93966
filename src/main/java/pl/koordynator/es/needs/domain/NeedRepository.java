package pl.koordynator.es.needs.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Reported needs in PostgreSQL; filtering, counting and paging happen in SQL. */
@Repository
class NeedRepository {

    private static final String COLUMNS = """
            n.id, n.category, n.gmina_teryt, n.title, n.description, n.status, n.organisation_id,
            n.organisation_name, n.submitted_by, n.submitted_at, n.decided_by, n.decided_at, n.rejection_reason,
            n.version, n.created_at, n.updated_at""";

    /** Whose needs besides the published ones a caller sees: all (ROPS), or their own and their organisation's. */
    record Scope(boolean all, String username, Long organisationId) {

        static final Scope PUBLIC = new Scope(false, null, null);
    }

    private final JdbcClient jdbc;

    NeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NeedView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from reported_need n where n.id = :id").param("id", id)
                .query(NeedRepository::map).optional();
    }

    long insert(NeedRules.Checked need, Long organisationId, String organisationName, String submittedBy) {
        return jdbc.sql("""
                insert into reported_need (category, gmina_teryt, title, description, organisation_id,
                    organisation_name, submitted_by)
                values (:category, :gmina, :title, :description, :organisationId, :organisationName, :submittedBy)
                returning id""")
                .params(fields(need)).param("organisationId", organisationId)
                .param("organisationName", organisationName).param("submittedBy", submittedBy)
                .query(Long.class).single();
    }

    /** A need with its whole history at once; for loading demo data at start-up only. */
    long insertAtStartup(NeedRules.Checked need, Long organisationId, String organisationName, String submittedBy,
            OffsetDateTime submittedAt, NeedStatus status, OffsetDateTime decidedAt, String reason) {
        return jdbc.sql("""
                insert into reported_need (category, gmina_teryt, title, description, organisation_id,
                    organisation_name, submitted_by, submitted_at, status, decided_by, decided_at, rejection_reason,
                    created_at, updated_at)
                values (:category, :gmina, :title, :description, :organisationId, :organisationName, :submittedBy,
                    :submittedAt, :status, :decidedBy, :decidedAt, :reason, :submittedAt, coalesce(cast(:decidedAt as timestamptz), :submittedAt))
                returning id""")
                .params(fields(need)).param("organisationId", organisationId)
                .param("organisationName", organisationName).param("submittedBy", submittedBy)
                .param("submittedAt", submittedAt).param("status", status.name())
                .param("decidedBy", decidedAt == null ? null : "system").param("decidedAt", decidedAt)
                .param("reason", reason).query(Long.class).single();
    }

    /** False when the row is no longer at {@code version} or no longer waiting: someone else got there first. */
    boolean update(long id, long version, NeedRules.Checked need) {
        return jdbc.sql("""
                update reported_need set category = :category, gmina_teryt = :gmina, title = :title,
                    description = :description, version = version + 1, updated_at = now()
                where id = :id and version = :version and status = 'SUBMITTED'""")
                .params(fields(need)).param("id", id).param("version", version).update() == 1;
    }

    boolean decide(long id, long version, NeedStatus status, String decidedBy, String reason) {
        return jdbc.sql("""
                update reported_need set status = :status, decided_by = :decidedBy, decided_at = now(),
                    rejection_reason = :reason, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("status", status.name()).param("decidedBy", decidedBy).param("reason", reason)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from reported_need where id = :id and version = :version and status = 'SUBMITTED'")
                .param("id", id).param("version", version).update() == 1;
    }

    PageOf<NeedView> search(NeedQuery query, Scope scope, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.all()) {
            where.append(" and (n.status = 'PUBLISHED' or ").append(own(scope, params)).append(")");
        }
        if (query.own()) {
            where.append(" and ").append(own(scope, params));
        }
        if (query.gminaTeryt() != null) {
            where.append(" and n.gmina_teryt = :gmina");
            params.put("gmina", query.gminaTeryt());
        }
        if (query.category() != null) {
            where.append(" and n.category = :category");
            params.put("category", query.category().name());
        }
        if (query.status() != null) {
            where.append(" and n.status = :status");
            params.put("status", query.status().name());
        }
        long total = jdbc.sql("select count(*) from reported_need n" + where).params(params).query(Long.class).single();
        List<NeedView> items = jdbc.sql("select " + COLUMNS + " from reported_need n" + where
                        + " order by n.submitted_at desc, n.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(NeedRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    private static String own(Scope scope, Map<String, Object> params) {
        if (scope.username() == null) {
            return "false";
        }
        params.put("username", scope.username());
        if (scope.organisationId() == null) {
            return "lower(n.submitted_by) = lower(:username)";
        }
        params.put("organisationId", scope.organisationId());
        return "(lower(n.submitted_by) = lower(:username) or n.organisation_id = :organisationId)";
    }

    long count(NeedStatus status) {
        return jdbc.sql("select count(*) from reported_need where status = :status").param("status", status.name())
                .query(Long.class).single();
    }

    Map<String, Long> publishedCountByGmina() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select gmina_teryt, count(*) from reported_need where status = 'PUBLISHED'
                group by gmina_teryt order by gmina_teryt""")
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    List<NeedView> published(String gminaTeryt) {
        return jdbc.sql("select " + COLUMNS + " from reported_need n where n.status = 'PUBLISHED'"
                        + " and n.gmina_teryt = :gmina order by n.decided_at desc, n.id desc")
                .param("gmina", gminaTeryt).query(NeedRepository::map).list();
    }

    private static Map<String, Object> fields(NeedRules.Checked need) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", need.category().name());
        fields.put("gmina", need.gminaTeryt());
        fields.put("title", need.title());
        fields.put("description", need.description());
        return fields;
    }

    private static NeedView map(ResultSet rs, int row) throws SQLException {
        return new NeedView(rs.getLong("id"), NeedCategory.valueOf(rs.getString("category")),
                rs.getString("gmina_teryt"), rs.getString("title"), rs.getString("description"),
                NeedStatus.valueOf(rs.getString("status")),
                rs.getObject("organisation_id") == null ? null : rs.getLong("organisation_id"),
                rs.getString("organisation_name"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("rejection_reason"),
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
