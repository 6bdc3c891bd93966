package pl.koordynator.es.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure of the database connection (PostgreSQL stopped, restarting, unreachable,
 * refusing connections) from every other failure: the first is a 503 the client may retry,
 * the others stay errors of the application.
 */
public final class DatabaseOutages {

    /** Seconds a client is told to wait: about the time a restarted PostgreSQL takes to accept connections. */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutages() {
    }

    /** Whether {@code failure} or any of its causes says the database could not be reached. */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < DEEPEST_CAUSE; t = t.getCause(), depth++) {
            // not DataAccessResourceFailureException as such: Spring also gives it for program limits (54000,
            // an index row too long) and other errors of the application, which must stay 500s with a trace
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException
                    || t.getClass().getName().startsWith("com.zaxxer.hikari.pool.HikariPool$")) {
                return true;
            }
            if (t instanceof SQLException sql && (lostConnection(sql.getSQLState()) || evictedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection exceptions that mean the server is away (08001 cannot connect, 08003 no
     * connection, 08004 rejected, 08006 connection failure; not 08P01, a protocol violation), the
     * administrator's shutdowns (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now)
     * and 53300 too_many_connections.
     */
    static boolean lostConnection(String sqlState) {
        return sqlState != null && switch (sqlState) {
            case "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300" -> true;
            default -> false;
        };
    }

    /**
     * Hikari's stand-in for a connection it closed after a connection error: the next call on it
     * (Bucket4j's rollback, say) throws this without an SQLState, and the original error is lost.
     */
    static boolean evictedByThePool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /** The innermost message, for one log line instead of a stack trace. */
    public static String summary(Throwable failure) {
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
