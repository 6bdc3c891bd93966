package pl.koordynator.es.privacy;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Where a person appears: {@code count} records of one kind in a module. {@code what} is a
 * message key of the module's own bundle naming the kind ("contact persons"); {@code details}
 * describe the records for the administrator who handles the request (they hold personal data
 * and are shown only to them, never logged).
 */
public record PersonalDataFinding(String module, String what, long count, List<String> details) {

    public PersonalDataFinding {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** The records found, each described for the administrator; nothing when none was found. */
    public static <T> List<PersonalDataFinding> found(String module, String what, Collection<T> records,
            Function<T, String> detail) {
        return records.isEmpty() ? List.of() : List.of(
                new PersonalDataFinding(module, what, records.size(), records.stream().map(detail).toList()));
    }

    /** The records erased, counted only (the details are gone with them); nothing when none was. */
    public static List<PersonalDataFinding> erased(String module, String what, Collection<?> records) {
        return records.isEmpty() ? List.of() : List.of(new PersonalDataFinding(module, what, records.size(), List.of()));
    }
}
