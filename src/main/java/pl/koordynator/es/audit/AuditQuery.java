package pl.koordynator.es.audit;

import java.time.LocalDate;

/** Filters of the audit trail; a null filter matches everything. */
public record AuditQuery(String entityType, String entityId, String actor, AuditEntry.Action action,
        LocalDate from, LocalDate to) {

    public static AuditQuery forRecord(String entityType, Object entityId) {
        return new AuditQuery(entityType, entityId == null ? null : String.valueOf(entityId), null, null, null, null);
    }
}
