package pl.koordynator.es.privacy;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that keeps data about people, in its own {@code domain} package:
 * find, export and erase everything about one person by e-mail address. The administrator's page
 * and the API ask every implementation and know none of them by name. Scoping is the caller's:
 * only administrators reach these methods, through the privacy module's service.
 * <p>
 * Erasure runs in the caller's transaction, all modules or none. It must keep counts right: a
 * record that counts for something (an attendee, an evaluation) stays, with its personal fields
 * replaced; a record that is nothing but personal data (a contact person) may be deleted. A module
 * also clears the personal fields of its own records' older audit entries
 * ({@code AuditTrail.erasePersonalFields}).
 */
public interface PersonalData {

    /** The module's name, the key of its section in the export (e.g. {@code registry}). */
    String module();

    /** Where the address appears in the module, one finding per kind of record; empty when nowhere. */
    List<PersonalDataFinding> find(EmailAddress email);

    /**
     * Everything the module keeps about the person, as plain values, lists and maps that become
     * the module's section of the JSON export; empty when it keeps nothing.
     */
    Map<String, Object> export(EmailAddress email);

    /** Erases what {@link #find} finds; nothing found, nothing erased. */
    PersonalDataErasure erase(EmailAddress email);
}
