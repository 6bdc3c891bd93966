package pl.koordynator.es.networks.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Declared ties in PostgreSQL. */
@Repository
class TieRepository {

    private static final String COLUMNS = """
            t.id, t.from_organisation_id, t.to_organisation_id, t.kind, t.directed, t.starts_on, t.ends_on,
            t.value_pln, t.description, t.evidence_url, t.entered_for_organisation_id, t.confirmed, t.confirmed_by,
            t.confirmed_at, t.withdrawn, t.created_by, t.version, t.created_at""";

    /** Running on some day of :from..:to. */
    static final String WITHIN = "t.starts_on <= :to and (t.ends_on is null or t.ends_on >= :from)";

    private final JdbcClient jdbc;

    TieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TieRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from tie t where t.id = :id").param("id", id)
                .query(TieRepository::map).optional();
    }

    long insert(TieRules.Checked tie, Long enteredFor, boolean confirmed, String confirmedBy, String createdBy) {
        return jdbc.sql("""
                insert into tie (from_organisation_id, to_organisation_id, kind, directed, starts_on, ends_on, value_pln,
                    description, evidence_url, entered_for_organisation_id, confirmed, confirmed_by, confirmed_at,
                    withdrawn, created_by)
                values (:from, :to, :kind, :directed, :startsOn, :endsOn, :value, :description, :evidence, :enteredFor,
                    :confirmed, :confirmedBy, case when :confirmed then now() end, :withdrawn, :createdBy)
                returning id""")
                .params(fields(tie)).param("enteredFor", enteredFor).param("confirmed", confirmed)
                .param("confirmedBy", confirmedBy).param("createdBy", createdBy).query(Long.class).single();
    }

    /**
     * False when the row is no longer at {@code version}. A change of the ends, kind or dates
     * asks the other side to confirm again unless {@code keepConfirmed}.
     */
    boolean update(long id, long version, TieRules.Checked tie, boolean confirmed, String confirmedBy) {
        return jdbc.sql("""
                update tie set from_organisation_id = :from, to_organisation_id = :to, kind = :kind, directed = :directed,
                    starts_on = :startsOn, ends_on = :endsOn, value_pln = :value, description = :description,
                    evidence_url = :evidence, withdrawn = :withdrawn, confirmed = :confirmed,
                    confirmed_by = :confirmedBy,
                    confirmed_at = case when :confirmed then coalesce(confirmed_at, now()) end,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(fields(tie)).param("confirmed", confirmed).param("confirmedBy", confirmedBy)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean confirm(long id, long version, String by) {
        return jdbc.sql("""
                update tie set confirmed = true, confirmed_by = :by, confirmed_at = now(), version = version + 1,
                    updated_at = now()
                where id = :id and version = :version""")
                .param("by", by).param("id", id).param("version", version).update() == 1;
    }

    /**
     * A tie that is not withdrawn, joins the same two organisations (either way) with the same
     * kind, and whose days overlap the given ones; the first by id.
     */
    Optional<Long> overlapping(long a, long b, TieKind kind, LocalDate startsOn, LocalDate endsOn, Long except) {
        return jdbc.sql("""
                select t.id from tie t
                where not t.withdrawn and t.kind = :kind
                  and ((t.from_organisation_id = :a and t.to_organisation_id = :b)
                    or (t.from_organisation_id = :b and t.to_organisation_id = :a))
                  and (t.ends_on is null or t.ends_on >= :startsOn)
                  and (cast(:endsOn as date) is null or t.starts_on <= :endsOn)
                  and (cast(:except as bigint) is null or t.id <> :except)
                order by t.id limit 1""")
                .param("a", a).param("b", b).param("kind", kind.name()).param("startsOn", startsOn)
                .param("endsOn", endsOn).param("except", except).query(Long.class).optional();
    }

    /**
     * A page of declared ties; {@code scope} null for all of them, else only those with an end among
     * these organisations; {@code ends} null, else only ties with an end among them (a filter).
     */
    PageOf<TieRow> search(Collection<Long> scope, TieQuery query, Collection<Long> ends, Paging paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, query, ends, params);
        long total = jdbc.sql("select count(*) from tie t" + where).params(params).query(Long.class).single();
        List<TieRow> items = jdbc.sql("select " + COLUMNS + " from tie t" + where
                        + " order by t.starts_on desc, t.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(TieRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Every declared tie of the filter (sectors and powiat are filtered by the caller), newest first. */
    List<TieRow> all(Collection<Long> scope, TieQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, query, null, params);
        return jdbc.sql("select " + COLUMNS + " from tie t" + where + " order by t.starts_on desc, t.id desc")
                .params(params).query(TieRepository::map).list();
    }

    /** Confirmed ties that are not withdrawn and run on some day of the days. */
    List<TieRow> activeWithin(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from tie t where t.confirmed and not t.withdrawn and " + WITHIN
                        + " order by t.id")
                .param("from", from).param("to", to).query(TieRepository::map).list();
    }

    long countActive(long organisationId, LocalDate day) {
        return jdbc.sql("select count(*) from tie t where t.confirmed and not t.withdrawn and " + WITHIN
                        + " and (t.from_organisation_id = :id or t.to_organisation_id = :id)")
                .param("from", day).param("to", day).param("id", organisationId).query(Long.class).single();
    }

    long countActiveOfAny(Collection<Long> organisationIds, LocalDate day) {
        return jdbc.sql("select count(*) from tie t where t.confirmed and not t.withdrawn and " + WITHIN
                        + " and (t.from_organisation_id in (:ids) or t.to_organisation_id in (:ids))")
                .param("from", day).param("to", day).param("ids", organisationIds).query(Long.class).single();
    }

    private static String where(Collection<Long> scope, TieQuery query, Collection<Long> ends,
            Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (scope != null) {
            where.append(" and (t.from_organisation_id in (:scope) or t.to_organisation_id in (:scope))");
            params.put("scope", scope.isEmpty() ? List.of(-1L) : scope);
        }
        if (ends != null) {
            where.append(" and (t.from_organisation_id in (:ends) or t.to_organisation_id in (:ends))");
            params.put("ends", ends.isEmpty() ? List.of(-1L) : ends);
        }
        if (query.organisationId() != null) {
            where.append(" and (t.from_organisation_id = :organisation or t.to_organisation_id = :organisation)");
            params.put("organisation", query.organisationId());
        }
        if (query.kind() != null) {
            where.append(" and t.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.year() != null) {
            where.append(" and ").append(WITHIN);
            params.put("from", LocalDate.of(query.year(), 1, 1));
            params.put("to", LocalDate.of(query.year(), 12, 31));
        }
        if (query.confirmed() != null) {
            where.append(" and t.confirmed = :confirmed");
            params.put("confirmed", query.confirmed());
        }
        return where.toString();
    }

    private static Map<String, Object> fields(TieRules.Checked tie) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("from", tie.from().id());
        fields.put("to", tie.to().id());
        fields.put("kind", tie.kind().name());
        fields.put("directed", tie.directed());
        fields.put("startsOn", tie.startsOn());
        fields.put("endsOn", tie.endsOn());
        fields.put("value", tie.valuePln());
        fields.put("description", tie.description());
        fields.put("evidence", tie.evidenceUrl());
        fields.put("withdrawn", tie.withdrawn());
        return fields;
    }

    private static TieRow map(ResultSet rs, int row) throws SQLException {
        long enteredFor = rs.getLong("entered_for_organisation_id");
        Long enteredForId = rs.wasNull() ? null : enteredFor;
        return new TieRow(rs.getLong("id"), rs.getLong("from_organisation_id"), rs.getLong("to_organisation_id"),
                TieKind.valueOf(rs.getString("kind")), rs.getBoolean("directed"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getBigDecimal("value_pln"), rs.getString("description"), rs.getString("evidence_url"),
                enteredForId, rs.getBoolean("confirmed"), rs.getString("confirmed_by"),
                rs.getObject("confirmed_at", OffsetDateTime.class), rs.getBoolean("withdrawn"),
                rs.getString("created_by"), rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
