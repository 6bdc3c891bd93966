package pl.koordynator.es.shared;

import java.util.List;

/**
 * Input that broke a rule only the service can check (a password policy, a duplicate). Each
 * error names its field and a message key, so a page shows it beside the field and the API
 * lists it in the problem's {@code errors}.
 */
public class InvalidInputException extends RuntimeException {

    /** {@code arguments} fill the message's placeholders (a size limit, say). */
    public record FieldProblem(String field, String messageKey, Object[] arguments) {

        public FieldProblem(String field, String messageKey) {
            this(field, messageKey, new Object[0]);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldProblem that && field.equals(that.field)
                    && messageKey.equals(that.messageKey) && java.util.Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(field, messageKey, java.util.Arrays.hashCode(arguments));
        }

        @Override
        public String toString() {
            return field + ": " + messageKey + (arguments.length == 0 ? "" : java.util.Arrays.toString(arguments));
        }
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
