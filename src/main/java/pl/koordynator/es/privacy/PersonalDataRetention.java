package pl.koordynator.es.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Implemented by a module that keeps personal data only for a while: once a day it removes what
 * is older than the {@link PrivacySettings} allow. Each kind is one idempotent statement, so a run
 * repeated, or run by two instances at once, removes nothing twice and leaves the same result.
 */
public interface PersonalDataRetention {

    /** Removes what is due at {@code now}, in the caller's transaction; returns what was removed by kind. */
    List<Removed> removeExpired(PrivacySettings settings, Instant now);

    /** {@code rows} records of one kind had personal data removed; {@code what} names the kind for the audit trail. */
    record Removed(String what, int rows) {
    }
}
