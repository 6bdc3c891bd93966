package pl.koordynator.es.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One recorded change; {@code changes} maps each changed field to its old and new value, or, for a
 * personal field ({@link Personal}), only to the fact that it changed.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, Action action, String entityType,
        String entityId, Map<String, FieldChange> changes) {

    public enum Action { CREATE, UPDATE, DELETE }

    /** {@code personal}: the field holds personal data, so the values are not kept (both null). */
    public record FieldChange(Object oldValue, Object newValue, boolean personal) {

        public FieldChange(Object oldValue, Object newValue) {
            this(oldValue, newValue, false);
        }

        public static FieldChange personalData() {
            return new FieldChange(null, null, true);
        }
    }
}
