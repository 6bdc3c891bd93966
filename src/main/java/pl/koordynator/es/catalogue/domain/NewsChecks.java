package pl.koordynator.es.catalogue.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * What news and campaigns check before a write: only ROPS writes, and an input's Bean Validation
 * constraints hold, so that a page and the API get the same field problems.
 */
@Component
class NewsChecks {

    private final Validator validator;
    private final UserAccounts accounts;

    NewsChecks(Validator validator, UserAccounts accounts) {
        this.validator = validator;
        this.accounts = accounts;
    }

    void requireAdmin(String what) {
        if (!accounts.caller().admin()) {
            throw new AccessDeniedException("only ROPS " + what);
        }
    }

    boolean isAdmin() {
        return accounts.caller().admin();
    }

    Long userId() {
        return accounts.caller().signedIn().map(user -> user.id()).orElse(null);
    }

    /** The input's constraint problems, each naming its field; empty when it is valid. */
    List<FieldProblem> problems(Object input) {
        if (input == null) {
            throw InvalidInputException.of("body", "catalogue.news.field.required");
        }
        return validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(NewsChecks::problem).toList();
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String field = violation.getPropertyPath().toString();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> new FieldProblem(field, "catalogue.news.field.required");
            case "Size" -> new FieldProblem(field, "catalogue.news.field.tooLong", new Object[] {attributes.get("max")});
            case "Min", "Max", "Positive", "PositiveOrZero" -> new FieldProblem(field, "catalogue.news.field.negative");
            default -> new FieldProblem(field, "catalogue.news.field.invalid");
        };
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
