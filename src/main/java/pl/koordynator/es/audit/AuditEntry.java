package pl.koordynator.es.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One recorded change; {@code changes} maps each changed field to its old and new value. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, Action action, String entityType,
        String entityId, Map<String, FieldChange> changes) {

    public enum Action { CREATE, UPDATE, DELETE }

    public record FieldChange(Object oldValue, Object newValue) {
    }
}
