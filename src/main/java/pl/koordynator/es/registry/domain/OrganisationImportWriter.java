package pl.koordynator.es.registry.domain;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.OrganisationChanged;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationRepository.Holder;

/**
 * Writes checked import rows in JDBC batches: ids reserved from the identity's sequence in one
 * query, then organisations, their fields of activity and their audit entries a batch at a
 * time, all inside the caller's one transaction. Each table gets one statement per batch (arrays
 * unnested by PostgreSQL): a JDBC batch of single-row inserts managed about 5,000 rows/s.
 */
@Component
class OrganisationImportWriter {

    /** A row ready to be written, with its serving OWES already derived. */
    record Pending(CheckedOrganisation organisation, Long owesId) {
    }

    /** One statement per batch: each column as an array, unnested into rows by PostgreSQL. */
    private static final String INSERT = """
            insert into organisation (id, name, short_name, kind, nip, regon, krs, gmina_teryt, street, postal_code,
                town, email, phone, website, description, employees, employees_at_risk, reintegration_places,
                social_enterprise_decision, social_enterprise_since, social_enterprise_until, owes_id,
                owes_set_by_hand, status)
            overriding system value
            select id, name, short_name, kind, nip, regon, krs, gmina_teryt, street, postal_code, town, email, phone,
                website, description, employees, employees_at_risk, reintegration_places, social_enterprise_decision,
                cast(social_enterprise_since as date), cast(social_enterprise_until as date), owes_id,
                owes_set_by_hand, status
            from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as bigint[]), cast(? as boolean[]), cast(? as text[]))
                as r (id, name, short_name, kind, nip, regon, krs, gmina_teryt, street, postal_code, town, email,
                    phone, website, description, employees, employees_at_risk, reintegration_places,
                    social_enterprise_decision, social_enterprise_since, social_enterprise_until, owes_id,
                    owes_set_by_hand, status)""";

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
        insert(ids, batch);
        List<Long> fieldOwners = new ArrayList<>();
        List<String> fieldCodes = new ArrayList<>();
        Map<Object, Map<String, ?>> states = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(i);
            Pending pending = batch.get(i);
            for (String code : pending.organisation().fieldsOfActivity()) {
                fieldOwners.add(id);
                fieldCodes.add(code);
            }
            states.put(id, OrganisationService.state(view(id, pending)));
        }
        if (!fieldCodes.isEmpty()) {
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into organisation_field"
                        + " (organisation_id, field_code) select * from unnest(cast(? as bigint[]), cast(? as text[]))")) {
                    insert.setArray(1, connection.createArrayOf("bigint", fieldOwners.toArray()));
                    insert.setArray(2, connection.createArrayOf("text", fieldCodes.toArray()));
                    return insert.executeUpdate();
                }
            });
        }
        audit.createdAll(OrganisationService.ENTITY, states);
        for (int i = 0; i < batch.size(); i++) {
            CheckedOrganisation o = batch.get(i).organisation();
            events.publishEvent(new OrganisationChanged(ids.get(i), o.gminaTeryt(), null, o.kind(), o.status()));
        }
        return batch.size();
    }

    private void insert(List<Long> ids, List<Pending> batch) {
        int size = batch.size();
        Object[][] columns = new Object[24][size];
        for (int r = 0; r < size; r++) {
            CheckedOrganisation o = batch.get(r).organisation();
            Object[] values = {ids.get(r), o.name(), o.shortName(), o.kind().name(), o.nip(), o.regon(), o.krs(),
                o.gminaTeryt(), o.street(), o.postalCode(), o.town(), o.email(), o.phone(), o.website(),
                o.description(), o.employees(), o.employeesAtRisk(), o.reintegrationPlaces(),
                o.socialEnterpriseDecision(), text(o.socialEnterpriseSince()), text(o.socialEnterpriseUntil()),
                batch.get(r).owesId(), o.owesId() != null, o.status().name()};
            for (int c = 0; c < values.length; c++) {
                columns[c][r] = values[c];
            }
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int c = 0; c < columns.length; c++) {
                    insert.setArray(c + 1, connection.createArrayOf(TYPES[c], columns[c]));
                }
                return insert.executeUpdate();
            }
        });
    }

    private static final String[] TYPES = {"bigint", "text", "text", "text", "text", "text", "text", "text", "text",
        "text", "text", "text", "text", "text", "text", "int4", "int4", "int4", "text", "text", "text", "bigint", "bool",
        "text"};

    private static String text(java.time.LocalDate date) {
        return date == null ? null : date.toString();
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
