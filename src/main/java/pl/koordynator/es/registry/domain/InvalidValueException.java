package pl.koordynator.es.registry.domain;

/** A value that cannot be what it claims to be; the key says why in the user's language. */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;

    InvalidValueException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
