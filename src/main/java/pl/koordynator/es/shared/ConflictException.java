package pl.koordynator.es.shared;

import java.util.Map;

/**
 * The request clashes with the current state: a duplicate key or a record changed by someone
 * else since it was read. Carries a message key (with its arguments) so pages and the API can
 * say it in the user's language, and properties the API adds to its problem, e.g. a link to the
 * record that already holds a duplicate number.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    public ConflictException(String messageKey, String detail) {
        this(messageKey, detail, new Object[0], Map.of());
    }

    public ConflictException(String messageKey, String detail, Object[] arguments, Map<String, Object> properties) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
