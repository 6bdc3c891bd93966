package pl.koordynator.es.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a database that cannot be reached is a 503 the client may retry; an error of the
 * application that Spring happens to translate into a "resource failure" stays a 500 with its trace.
 */
class DatabaseOutagesTest {

    @Test
    void aRefusedOrLostConnectionIsAnOutage() {
        assertThat(DatabaseOutages.isOutage(new CannotGetJdbcConnectionException("pool",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("lost",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new UncategorizedSQLException("update", "update x",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new SQLException("Connection is closed"))).isTrue();
    }

    @Test
    void anErrorOfTheApplicationIsNoOutageEvenAsAResourceFailure() {
        assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("index row size exceeds maximum",
                new SQLException("index row size 3000 exceeds btree version 4 maximum 2704", "54000")))).isFalse();
        assertThat(DatabaseOutages.isOutage(new DataAccessResourceFailureException("protocol",
                new SQLException("protocol violation", "08P01")))).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("no database involved"))).isFalse();
    }
}
