package pl.koordynator.es.shared;

import java.util.List;

/**
 * Input that broke a rule only the service can check (a password policy, a duplicate). Each
 * error names its field and a message key, so a page shows it beside the field and the API
 * lists it in the problem's {@code errors}.
 */
public class InvalidInputException extends RuntimeException {

    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
