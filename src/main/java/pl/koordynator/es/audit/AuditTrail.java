package pl.koordynator.es.audit;

import java.util.Map;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The one mechanism that records every create, update and delete of a domain record. Callers
 * pass the record's fields before and after as maps; only the fields that differ are kept. The
 * actor is the signed-in user, or {@code system} for work done without one.
 */
public interface AuditTrail {

    void created(String entityType, Object id, Map<String, ?> state);

    /** The creation of many records of one type at once, as one batch; for imports. */
    void createdAll(String entityType, Map<?, ? extends Map<String, ?>> statesById);

    /** Records nothing when no field changed. */
    void updated(String entityType, Object id, Map<String, ?> before, Map<String, ?> after);

    void deleted(String entityType, Object id, Map<String, ?> state);

    PageOf<AuditEntry> find(AuditQuery query, Paging paging);

    /** Entity types present in the trail, for filters. */
    java.util.List<String> entityTypes();
}
