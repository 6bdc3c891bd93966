package pl.koordynator.es.privacy.domain;

import java.time.OffsetDateTime;
import java.util.List;

import pl.koordynator.es.privacy.PersonalDataFinding;

/**
 * What an erasure did, without the personal data: the records erased by module and kind (no
 * details), the audit entries that forgot values, and the erasure's id, the one under which the
 * audit trail records it (entity type {@code PersonalData}); the id is random, not derived from
 * the address, so the trail cannot be searched for a person.
 */
public record ErasureReport(String erasureId, OffsetDateTime erasedAt, List<PersonalDataFinding> erased,
        int auditEntries) {

    public long total() {
        return erased.stream().mapToLong(PersonalDataFinding::count).sum();
    }
}
