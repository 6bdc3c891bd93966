package pl.koordynator.es.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure of the database connection (PostgreSQL stopped, restarting, unreachable,
 * refusing connections) from every other failure: the first is a 503 the client may retry,
 * the others stay errors of the application.
 */
final class DatabaseOutages {

    /** Seconds a client is told to wait: about the time a restarted PostgreSQL takes to accept connections. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutages() {
    }

    /** Whether {@code failure} or any of its causes says the database could not be reached. */
    static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEEPEST_CAUSE; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t.getClass().getName().startsWith("com.zaxxer.hikari.pool.HikariPool$")) {
                return true;
            }
            if (t instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Class 08 (connection exception) and the administrator's shutdowns: 57P01 admin_shutdown,
     * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down).
     */
    static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    /** The innermost message, for one log line instead of a stack trace. */
    static String summary(Throwable failure) {
        Throwable deepest = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEEPEST_CAUSE; t = t.getCause(), depth++) {
            if (t.getMessage() != null) {
                deepest = t;
            }
        }
        String message = String.valueOf(deepest.getMessage()).replaceAll("\\s+", " ");
        return deepest.getClass().getSimpleName() + ": "
                + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
    }
}
