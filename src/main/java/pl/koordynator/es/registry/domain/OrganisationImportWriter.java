package pl.koordynator.es.registry.domain;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationRepository.Holder;

/**
 * Writes checked import rows in JDBC batches: ids reserved from the identity's sequence in one
 * query, then organisations, their fields of activity and their audit entries a batch at a
 * time, all inside the caller's one transaction. Row by row, 100,000 rows took minutes.
 */
@Component
class OrganisationImportWriter {

    /** A row ready to be written, with its serving OWES already derived. */
    record Pending(CheckedOrganisation organisation, Long owesId) {
    }

    private static final String INSERT = """
            insert into organisation (id, name, short_name, kind, nip, regon, krs, gmina_teryt, street, postal_code,
                town, email, phone, website, description, employees, employees_at_risk, reintegration_places,
                social_enterprise_decision, social_enterprise_since, social_enterprise_until, owes_id,
                owes_set_by_hand, status)
            overriding system value
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationImportWriter(JdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The organisations holding each NIP, REGON and KRS today, one query per number. */
    Map<String, Map<String, Holder>> existingNumbers() {
        Map<String, Map<String, Holder>> numbers = new HashMap<>();
        for (String column : List.of("nip", "regon", "krs")) {
            Map<String, Holder> holders = new HashMap<>();
            jdbc.query("select " + column + ", id, name from organisation where " + column + " is not null",
                    rs -> {
                        holders.put(rs.getString(1), new Holder(rs.getLong(2), rs.getString(3)));
                    });
            numbers.put(column, holders);
        }
        return numbers;
    }

    /** Writes a batch, audits and announces each row; returns how many were written. */
    int write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('organisation', 'id')) from generate_series(1, ?)",
                Long.class, batch.size());
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                bind(ps, ids.get(i), batch.get(i));
            }

            @Override
            public int getBatchSize() {
                return batch.size();
            }
        });
        List<Object[]> fields = new ArrayList<>();
        Map<Object, Map<String, ?>> states = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(i);
            Pending pending = batch.get(i);
            pending.organisation().fieldsOfActivity().forEach(code -> fields.add(new Object[] {id, code}));
            states.put(id, OrganisationService.state(view(id, pending)));
        }
        if (!fields.isEmpty()) {
            jdbc.batchUpdate("insert into organisation_field (organisation_id, field_code) values (?, ?)", fields);
        }
        audit.createdAll(OrganisationService.ENTITY, states);
        for (int i = 0; i < batch.size(); i++) {
            CheckedOrganisation o = batch.get(i).organisation();
            events.publishEvent(new OrganisationChanged(ids.get(i), o.gminaTeryt(), o.kind(), o.status()));
        }
        return batch.size();
    }

    private static void bind(PreparedStatement ps, long id, Pending pending) throws SQLException {
        CheckedOrganisation o = pending.organisation();
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, o.name());
        ps.setString(i++, o.shortName());
        ps.setString(i++, o.kind().name());
        ps.setString(i++, o.nip());
        ps.setString(i++, o.regon());
        ps.setString(i++, o.krs());
        ps.setString(i++, o.gminaTeryt());
        ps.setString(i++, o.street());
        ps.setString(i++, o.postalCode());
        ps.setString(i++, o.town());
        ps.setString(i++, o.email());
        ps.setString(i++, o.phone());
        ps.setString(i++, o.website());
        ps.setString(i++, o.description());
        integer(ps, i++, o.employees());
        integer(ps, i++, o.employeesAtRisk());
        integer(ps, i++, o.reintegrationPlaces());
        ps.setString(i++, o.socialEnterpriseDecision());
        ps.setDate(i++, o.socialEnterpriseSince() == null ? null : Date.valueOf(o.socialEnterpriseSince()));
        ps.setDate(i++, o.socialEnterpriseUntil() == null ? null : Date.valueOf(o.socialEnterpriseUntil()));
        if (pending.owesId() == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, pending.owesId());
        }
        ps.setBoolean(i++, o.owesId() != null);
        ps.setString(i, o.status().name());
    }

    private static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** The row as the register will show it, so the audit trail records the same fields as a form would. */
    private static OrganisationView view(long id, Pending pending) {
        CheckedOrganisation o = pending.organisation();
        return new OrganisationView(id, o.name(), o.shortName(), o.kind(), o.nip(), o.regon(), o.krs(),
                o.gminaTeryt(), o.street(), o.postalCode(), o.town(), o.email(), o.phone(), o.website(),
                o.description(), o.fieldsOfActivity(), o.employees(), o.employeesAtRisk(), o.reintegrationPlaces(),
                o.socialEnterpriseDecision(), o.socialEnterpriseSince(), o.socialEnterpriseUntil(), false,
                pending.owesId(), o.owesId() != null, o.status(), 0, null, null);
    }
}
