package pl.koordynator.es.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Replaces the stack trace of a failed embedded database start with what an administrator
 * without an IT department can act on.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        if (cause.rootWithoutUserNamespaces()) {
            return new FailureAnalysis(
                    "The embedded PostgreSQL database cannot start: PostgreSQL refuses to run as root, "
                            + "and this machine does not allow user namespaces (unshare -U), which is how "
                            + "Koordynator ES runs it safely as root.",
                    "Start Koordynator ES as an ordinary (non-root) user, or point it at an external "
                            + "PostgreSQL by setting SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                            + "SPRING_DATASOURCE_PASSWORD.",
                    cause);
        }
        if (cause.passwordsRefused()) {
            return new FailureAnalysis(
                    "The embedded PostgreSQL database refused the passwords kept in the data directory's pgpass "
                            + "file: the file does not belong to this database (" + cause.getMessage() + ").",
                    "Put back the pgpass file that was saved together with the pg directory, or delete pgpass "
                            + "and start again: new passwords are then generated and set.",
                    cause);
        }
        return new FailureAnalysis(
                "The embedded PostgreSQL database could not start: " + cause.getMessage(),
                "Check that the data directory (koordynator.data-dir) is writable by this user and not used by "
                        + "another running instance, or point Koordynator ES at an external PostgreSQL by "
                        + "setting SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.",
                cause);
    }
}
