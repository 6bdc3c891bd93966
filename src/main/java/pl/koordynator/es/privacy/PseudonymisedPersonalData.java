package pl.koordynator.es.privacy;

import java.util.List;
import java.util.Map;

/**
 * Implemented by a module that keeps data about people it knows only by a keyed pseudonym (a person
 * referred for reintegration): find, export and erase everything about one person given by
 * {@link PersonIdentity} (PESEL, or surname and birth date), which the module hashes the same way as
 * when it wrote the data. The identity never leaves the call: an implementation stores, logs and
 * returns none of it, and its findings, export and erasure carry the pseudonymised records only.
 * <p>
 * As with {@link PersonalData}, scoping is the caller's (administrators only, through the privacy
 * module's service) and erasure runs in the caller's transaction, all modules or none. A record that
 * counts for something anonymous (an aggregate) keeps its count.
 */
public interface PseudonymisedPersonalData {

    /** The module's name, the key of its section in the export (e.g. {@code reintegration}). */
    String module();

    /** Where the person appears in the module, one finding per kind of record; empty when nowhere. */
    List<PersonalDataFinding> find(PersonIdentity person);

    /** What the module keeps about the person, as plain values for the JSON export; empty when nothing. */
    Map<String, Object> export(PersonIdentity person);

    /** Erases what {@link #find} finds; nothing found, nothing erased. */
    PersonalDataErasure erase(PersonIdentity person);
}
