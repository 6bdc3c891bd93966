package pl.koordynator.es.shared;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;

/** Puts a service's field problems beside the fields of a page form. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Saves a page form through its service: the view to go to when the service took it;
     * otherwise null, with the service's field problems beside the form's fields (through
     * {@code onFields}, which renames fields the form holds under other names) and a refusal
     * ({@link ConflictException}) above the form, so that the caller shows the form again.
     */
    public static String saved(BindingResult result, UnaryOperator<InvalidInputException> onFields,
            Supplier<String> save) {
        try {
            return save.get();
        } catch (InvalidInputException problems) {
            add(result, onFields.apply(problems));
        } catch (ConflictException refusal) {
            result.reject(refusal.messageKey(), refusal.arguments(), refusal.getMessage());
        }
        return null;
    }

    public static void add(BindingResult result, InvalidInputException problems) {
        problems.problems().forEach(problem -> {
            if (result.getFieldType(problem.field()) != null || hasField(result, problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
            } else {
                result.reject(problem.messageKey(), problem.arguments(), null);
            }
        });
    }

    private static boolean hasField(BindingResult result, String field) {
        try {
            result.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
