package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Values entered by hand, kept per indicator lineage so that every version of a programme reads them. */
@Repository
class ManualValueRepository {

    private static final String COLUMNS = """
            v.id, v.indicator_lineage, v.year, v.quarter, v.value, v.evidence, v.comment, v.state, v.entered_by,
            v.entered_by_name, v.entered_at, v.decided_by, v.decided_at, v.rejection_reason, v.version""";

    /** A stored value with its lineage. */
    record Row(long id, UUID lineage, ProgrammePeriod period, BigDecimal value, String evidence, String comment,
            ValueState state, String enteredBy, Instant enteredAt, String decidedBy, Instant decidedAt,
            String rejectionReason, long version) {
    }

    private final JdbcClient jdbc;

    ManualValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UUID lineage, ProgrammePeriod period, BigDecimal value, String evidence, String comment,
            Long enteredBy, String enteredByName, ValueState state, String decidedBy) {
        return jdbc.sql("""
                insert into programme_value (indicator_lineage, year, quarter, value, evidence, comment, state,
                    entered_by, entered_by_name, decided_by, decided_at)
                values (:lineage, :year, :quarter, :value, :evidence, :comment, :state, :enteredBy, :enteredByName,
                    :decidedBy, case when :state = 'PENDING' then null else now() end)
                returning id""")
                .param("lineage", lineage).param("year", period.year()).param("quarter", period.quarter())
                .param("value", value).param("evidence", evidence).param("comment", comment)
                .param("state", state.name()).param("enteredBy", enteredBy).param("enteredByName", enteredByName)
                .param("decidedBy", decidedBy).query(Long.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme_value v where v.id = :id").param("id", id)
                .query(ManualValueRepository::map).optional();
    }

    /** False when the value is no longer waiting at {@code version}. */
    boolean decide(long id, long version, ValueState state, String decidedBy, String reason) {
        return jdbc.sql("""
                update programme_value set state = :state, decided_by = :decidedBy, decided_at = now(),
                    rejection_reason = :reason, version = version + 1
                where id = :id and version = :version and state = 'PENDING'""")
                .param("id", id).param("version", version).param("state", state.name())
                .param("decidedBy", decidedBy).param("reason", reason).update() == 1;
    }

    /** Every value of the lineages in every state, newest first. */
    List<Row> of(List<UUID> lineages) {
        if (lineages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from programme_value v where v.indicator_lineage in (:lineages)"
                + " order by v.entered_at desc, v.id desc")
                .param("lineages", lineages).query(ManualValueRepository::map).list();
    }

    /** The approved values of the lineages, the latest decision first (it replaces earlier ones of its period). */
    List<Row> approved(List<UUID> lineages) {
        if (lineages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from programme_value v where v.indicator_lineage in (:lineages)"
                + " and v.state = 'APPROVED' order by v.decided_at desc, v.id desc")
                .param("lineages", lineages).query(ManualValueRepository::map).list();
    }

    List<Row> pending() {
        return jdbc.sql("select " + COLUMNS + " from programme_value v where v.state = 'PENDING' order by v.entered_at, v.id")
                .query(ManualValueRepository::map).list();
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getObject("indicator_lineage", UUID.class),
                new ProgrammePeriod(rs.getInt("year"), rs.getInt("quarter")), Decimals.plain(rs.getBigDecimal("value")),
                rs.getString("evidence"), rs.getString("comment"), ValueState.valueOf(rs.getString("state")),
                rs.getString("entered_by_name"), rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("rejection_reason"), rs.getLong("version"));
    }
}
