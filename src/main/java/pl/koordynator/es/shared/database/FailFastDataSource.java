package pl.koordynator.es.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A pool that knows the database is away answers at once. When PostgreSQL stops, every caller of
 * Hikari waits its whole connection timeout for a connection that cannot be made, and a request
 * that asks twice (Spring Session loads the session, then saves it) waits twice: a user saw 6 s
 * before a 503. Once a connection could not be made because the server refused or lost it, the
 * next second's callers fail at once, while one caller at a time probes the database; the first
 * connection made closes the gap. A pool that is merely busy (a timeout without a connection error
 * behind it) is no outage and changes nothing here.
 */
public class FailFastDataSource extends DelegatingDataSource {

    static final Duration OPEN_FOR = Duration.ofSeconds(1);

    private final Clock clock;
    private final AtomicBoolean probing = new AtomicBoolean();
    /** 0 while the database answers; else the moment from which one caller at a time may probe it. */
    private volatile long awayUntil;

    public FailFastDataSource(DataSource pool, Clock clock) {
        super(pool);
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(null, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(username, password);
    }

    /** Whether an outage was seen and no connection has been made since (for the tests). */
    public boolean failingFast() {
        return awayUntil != 0;
    }

    private Connection connect(String username, String password) throws SQLException {
        long away = awayUntil;
        boolean probe = false;
        if (away != 0) {
            // for a second nobody asks; then one caller at a time probes while the others are told at once
            if (clock.millis() < away || !(probe = probing.compareAndSet(false, true))) {
                throw new SQLTransientConnectionException("The database is unavailable (failing fast until it answers)",
                        "08001");
            }
        }
        try {
            Connection connection = username == null ? obtainTargetDataSource().getConnection()
                    : obtainTargetDataSource().getConnection(username, password);
            awayUntil = 0;
            return connection;
        } catch (SQLException failure) {
            if (refusedOrLost(failure)) {
                awayUntil = clock.millis() + OPEN_FOR.toMillis();
            }
            throw failure;
        } finally {
            if (probe) {
                probing.set(false);
            }
        }
    }

    /** A connection error of the server behind the pool's timeout, not a pool that is only busy. */
    static boolean refusedOrLost(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && switch (sql.getSQLState()) {
                case "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03" -> true;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }
}
