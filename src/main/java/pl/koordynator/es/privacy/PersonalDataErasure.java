package pl.koordynator.es.privacy;

import java.util.List;
import java.util.Set;

/**
 * What one module erased: the records by kind, the values it erased with them (names, phone
 * numbers) so that the audit trail forgets them too wherever older entries copied them, and the
 * audit entries of its own records it already cleared.
 */
public record PersonalDataErasure(List<PersonalDataFinding> erased, Set<String> erasedValues, int auditEntries) {

    public PersonalDataErasure {
        erased = List.copyOf(erased);
        erasedValues = Set.copyOf(erasedValues);
    }

    public static PersonalDataErasure nothing() {
        return new PersonalDataErasure(List.of(), Set.of(), 0);
    }
}
