package pl.koordynator.es.shared.database;

/** The embedded PostgreSQL could not start; the failure analyzer turns it into advice. */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final boolean rootWithoutUserNamespaces;

    EmbeddedDatabaseUnavailableException(String message, Throwable cause, boolean rootWithoutUserNamespaces) {
        super(message, cause);
        this.rootWithoutUserNamespaces = rootWithoutUserNamespaces;
    }

    boolean rootWithoutUserNamespaces() {
        return rootWithoutUserNamespaces;
    }
}
