package pl.koordynator.es.audit.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;
import pl.koordynator.es.audit.AuditEntry;
import pl.koordynator.es.audit.AuditedTypes;
import pl.koordynator.es.audit.AuditedTypes.AuditedType;

/**
 * Names the records of audit entries as the modules describe them ({@link AuditedTypes}), with a
 * link to each record that still exists; used by templates as {@code ${@auditLabels...}}.
 * <p>
 * A deleted record keeps its name but loses its link: its page would answer 404. The trail itself
 * knows which records were deleted (their DELETE entry), so one query per list of entries decides.
 */
@Component("auditLabels")
public class AuditLabels {

    private final ObjectProvider<AuditedTypes> modules;
    private final JdbcClient jdbc;
    private volatile Map<String, AuditedType> types;

    AuditLabels(ObjectProvider<AuditedTypes> modules, JdbcClient jdbc) {
        this.modules = modules;
        this.jdbc = jdbc;
    }

    /**
     * How one entry's record is shown.
     *
     * @param labelKey  message key of the record type's name; null when no module describes it (the raw
     *                  type is shown then, so nothing is hidden)
     * @param rawType   the type as written, for the unknown case
     * @param link      the record's page, or null (no page, or the record was deleted)
     * @param deleted   the trail holds the record's deletion
     */
    public record RecordLabel(String labelKey, String rawType, String entityId, String link, boolean deleted) {
    }

    /** Every type some module describes, by its name in the trail. */
    public Map<String, AuditedType> types() {
        Map<String, AuditedType> known = types;
        if (known == null) {
            known = modules.orderedStream().flatMap(module -> module.auditedTypes().stream())
                    .collect(Collectors.toMap(AuditedType::entityType, Function.identity(), (a, b) -> a,
                            LinkedHashMap::new));
            types = known;
        }
        return known;
    }

    public boolean known(String entityType) {
        return types().containsKey(entityType);
    }

    /** The message key of a type's name, for filters; null for a type no module describes. */
    public String labelKey(String entityType) {
        AuditedType type = types().get(entityType);
        return type == null ? null : type.labelKey();
    }

    /** The labels of the entries, by entry id, with one query for the deleted records among them. */
    @Transactional(readOnly = true)
    public Map<Long, RecordLabel> describe(Collection<AuditEntry> entries) {
        Set<List<String>> deleted = deleted(entries);
        Map<Long, RecordLabel> labels = new HashMap<>();
        for (AuditEntry entry : entries) {
            AuditedType type = types().get(entry.entityType());
            boolean gone = deleted.contains(List.of(entry.entityType(), entry.entityId()));
            String link = type == null || type.linkPattern() == null || gone ? null
                    : type.linkPattern().replace("{id}", UriUtils.encodePathSegment(entry.entityId(), "UTF-8"));
            labels.put(entry.id(), new RecordLabel(type == null ? null : type.labelKey(), entry.entityType(),
                    entry.entityId(), link, gone));
        }
        return labels;
    }

    private Set<List<String>> deleted(Collection<AuditEntry> entries) {
        List<Object[]> records = entries.stream()
                .filter(entry -> known(entry.entityType()) && types().get(entry.entityType()).linkPattern() != null)
                .map(entry -> List.of(entry.entityType(), entry.entityId())).distinct()
                .map(List::toArray).toList();
        if (records.isEmpty()) {
            return Set.of();
        }
        Set<List<String>> deleted = new HashSet<>();
        jdbc.sql("""
                select distinct entity_type, entity_id from audit_entry
                where action = 'DELETE' and (entity_type, entity_id) in (:records)""")
                .param("records", records)
                .query((row, number) -> deleted.add(List.of(row.getString(1), row.getString(2))))
                .list();
        return deleted;
    }
}
