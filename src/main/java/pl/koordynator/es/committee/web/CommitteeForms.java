package pl.koordynator.es.committee.web;

import java.util.Map;

import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/** Small helpers of the committee's forms. */
final class CommitteeForms {

    private CommitteeForms() {
    }

    /** The service's problems with its own field names put on the form's fields that hold those values. */
    static InvalidInputException renamed(InvalidInputException problems, Map<String, String> fields) {
        return new InvalidInputException(problems.problems().stream().map(p -> new FieldProblem(
                fields.getOrDefault(p.field(), p.field()), p.messageKey(), p.arguments())).toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
