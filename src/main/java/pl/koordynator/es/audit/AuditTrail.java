package pl.koordynator.es.audit;

import java.util.Collection;
import java.util.Map;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The one mechanism that records every create, update and delete of a domain record. Callers
 * pass the record's fields before and after as maps; only the fields that differ are kept. The
 * actor is the signed-in user, or {@code system} for work done without one.
 * <p>
 * Personal data never enters the trail in clear: wrap a personal field's value in
 * {@link Personal} and the entry says only that the field changed. As a safety net for a field
 * someone forgot to wrap, any text shaped like an e-mail address is treated the same way.
 */
public interface AuditTrail {

    void created(String entityType, Object id, Map<String, ?> state);

    /** The creation of many records of one type at once, as one batch; for imports. */
    void createdAll(String entityType, Map<?, ? extends Map<String, ?>> statesById);

    /** Records nothing when no field changed. */
    void updated(String entityType, Object id, Map<String, ?> before, Map<String, ?> after);

    void deleted(String entityType, Object id, Map<String, ?> state);

    PageOf<AuditEntry> find(AuditQuery query, Paging paging);

    /**
     * For the erasure of a person's data: in every entry of the record, the named fields keep only
     * the fact that they changed. Catches values the record held before (an earlier name) that no
     * search by value would find. Returns how many entries were changed.
     */
    int erasePersonalFields(String entityType, Object id, Collection<String> fields);

    /**
     * For the erasure of a person's data: in every entry, a field whose old or new value contains
     * one of the values (letter case ignored; the person's e-mail address, names, phones) keeps only
     * the fact that it changed. Entries written before the trail stopped copying personal fields
     * carry them in clear. Values shorter than {@value #SHORTEST_ERASED_VALUE} characters are
     * skipped, as they would match unrelated words. Returns how many entries were changed.
     */
    int eraseValues(Collection<String> values);

    /** The shortest value {@link #eraseValues} looks for. */
    int SHORTEST_ERASED_VALUE = 5;

    /**
     * For the erasure of a user whose user name was their e-mail address: the entries they wrote
     * name the new user name as actor. Returns how many entries were changed.
     */
    int renameActor(String from, String to);

    /** Entity types present in the trail, for filters. */
    java.util.List<String> entityTypes();
}
