package pl.koordynator.es.privacy;

import java.util.List;

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
}
