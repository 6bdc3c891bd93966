package pl.koordynator.es.audit;

import java.util.List;

/**
 * The record types a module writes to the {@link AuditTrail}, so that the trail can name them in
 * the reader's language and link to them without knowing the module. Each module that records
 * changes implements it once, beside the code that writes the entries; the audit pages collect
 * every implementation. A type written to the trail but described by no module shows its raw
 * name, and the integration tests fail on it.
 */
public interface AuditedTypes {

    List<AuditedType> auditedTypes();

    /**
     * One record type.
     *
     * @param entityType  the name given to {@link AuditTrail} ({@code SupportRecord})
     * @param labelKey    the message key of the record's name in the reader's language ("Wsparcie")
     * @param linkPattern the address of the record's page with {@code {id}} for its id
     *                    ({@code /support/{id}/edit}); null when the record has no page of its own
     */
    record AuditedType(String entityType, String labelKey, String linkPattern) {

        public static AuditedType linked(String entityType, String labelKey, String linkPattern) {
            return new AuditedType(entityType, labelKey, linkPattern);
        }

        public static AuditedType unlinked(String entityType, String labelKey) {
            return new AuditedType(entityType, labelKey, null);
        }
    }
}
