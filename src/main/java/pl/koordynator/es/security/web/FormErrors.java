package pl.koordynator.es.security.web;

import org.springframework.validation.BindingResult;
import pl.koordynator.es.shared.InvalidInputException;

/** Puts a service's field problems beside the fields of a page form. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(BindingResult result, InvalidInputException problems) {
        problems.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
    }
}
