package pl.koordynator.es.committee.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Checks an input record's Bean Validation constraints in the service, so that a page and the
 * API get the same field problems whether or not the controller validated first.
 */
@Component
class Inputs {

    private final Validator validator;

    Inputs(Validator validator) {
        this.validator = validator;
    }

    <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "committee.core.field.required");
        }
        List<FieldProblem> problems = validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(Inputs::problem).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String field = violation.getPropertyPath().toString();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new FieldProblem(field, "committee.core.field.required");
            case "Size" -> new FieldProblem(field, "committee.core.field.tooLong", new Object[] {attributes.get("max")});
            case "Min", "Max", "Positive", "PositiveOrZero" ->
                    new FieldProblem(field, "committee.core.field.outOfRange");
            case "Email" -> new FieldProblem(field, "committee.core.field.email");
            default -> new FieldProblem(field, "committee.core.field.invalid");
        };
    }
}
