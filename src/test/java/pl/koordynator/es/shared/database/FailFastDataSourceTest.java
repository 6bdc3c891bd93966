package pl.koordynator.es.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While PostgreSQL is away only one caller at a time waits for the pool; the others are told at
 * once, and the first connection made lets everybody through again. A pool that is only busy is
 * no outage.
 */
class FailFastDataSourceTest {

    private final MovableClock clock = new MovableClock();
    private final Pool pool = new Pool();
    private final FailFastDataSource dataSource = new FailFastDataSource(pool, clock);

    @Test
    void afterTheServerRefusedAConnectionCallersFailAtOnceUntilItIsBack() {
        pool.failure = new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms",
                null, new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        assertThatThrownBy(dataSource::getConnection).isSameAs(pool.failure);
        assertThat(pool.asked).isEqualTo(1);

        // within the second: nobody asks the pool, everybody hears "unavailable" as an outage (class 08)
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                .satisfies(failure -> assertThat(((SQLException) failure).getSQLState()).isEqualTo("08001"));
        assertThat(pool.asked).isEqualTo(1);
        assertThat(dataSource.failingFast()).isTrue();

        // a second later one caller probes: still away, so the next caller is told at once again
        clock.advance(1_001);
        assertThatThrownBy(dataSource::getConnection).isSameAs(pool.failure);
        assertThatThrownBy(dataSource::getConnection).isNotSameAs(pool.failure);
        assertThat(pool.asked).isEqualTo(2);

        // the next probe finds the database back, and everybody is let through
        clock.advance(1_001);
        pool.failure = null;
        assertThat(connect()).isNotNull();
        assertThat(dataSource.failingFast()).isFalse();
        assertThat(connect()).isNotNull();
        assertThat(pool.asked).isEqualTo(4);
    }

    @Test
    void aBusyPoolIsNoOutage() {
        pool.failure = new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms");
        assertThatThrownBy(dataSource::getConnection).isSameAs(pool.failure);
        assertThatThrownBy(dataSource::getConnection).isSameAs(pool.failure);
        assertThat(pool.asked).as("every caller still waits its turn in the pool").isEqualTo(2);
        assertThat(dataSource.failingFast()).isFalse();
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException failure) {
            throw new AssertionError("no connection", failure);
        }
    }

    private static final class Pool extends AbstractDataSource {
        SQLException failure;
        int asked;

        @Override
        public Connection getConnection() throws SQLException {
            asked++;
            if (failure != null) {
                throw failure;
            }
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> null);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }

    private static final class MovableClock extends Clock {
        private long millis = 1_000_000;

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
