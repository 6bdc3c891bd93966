package pl.koordynator.es.shared;

import org.springframework.validation.BindingResult;

/** Puts a service's field problems beside the fields of a page form. */
public final class FormErrors {

    private FormErrors() {
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
