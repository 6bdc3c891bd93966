package pl.koordynator.es.shared.database;

/** The embedded PostgreSQL could not start; the failure analyzer turns it into advice. */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final boolean rootWithoutUserNamespaces;
    private final boolean passwordsRefused;

    EmbeddedDatabaseUnavailableException(String message, Throwable cause, boolean rootWithoutUserNamespaces) {
        this(message, cause, rootWithoutUserNamespaces, false);
    }

    EmbeddedDatabaseUnavailableException(String message, Throwable cause, boolean rootWithoutUserNamespaces,
            boolean passwordsRefused) {
        super(message, cause);
        this.rootWithoutUserNamespaces = rootWithoutUserNamespaces;
        this.passwordsRefused = passwordsRefused;
    }

    boolean rootWithoutUserNamespaces() {
        return rootWithoutUserNamespaces;
    }

    /** The server refused the passwords of the credentials file: it belongs to another data directory. */
    boolean passwordsRefused() {
        return passwordsRefused;
    }
}
