package pl.koordynator.es.shared;

/**
 * The request clashes with the current state: a duplicate key or a record changed by someone
 * else since it was read. Carries a message key so pages and the API can say it in the user's
 * language.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
