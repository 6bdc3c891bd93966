package pl.koordynator.es.territory.domain;

import java.util.List;

import pl.koordynator.es.shared.InvalidInputException;

/**
 * An uploaded file that cannot be imported at all (not TERC, not GeoJSON, a broken geometry);
 * nothing has been changed. A field problem on {@code file} whose message takes arguments, e.g.
 * which feature is broken.
 */
public class ImportRejectedException extends InvalidInputException {

    private final String messageKey;
    private final Object[] arguments;

    public ImportRejectedException(String messageKey, Object... arguments) {
        super(List.of(new FieldProblem("file", messageKey, arguments.clone())));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
