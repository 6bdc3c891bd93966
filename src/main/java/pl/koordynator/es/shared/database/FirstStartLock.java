package pl.koordynator.es.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Instances that start at the same time on one database take turns through the start-up work
 * (each module's {@code ApplicationModuleInitializer}: the administrator account, the region pack,
 * each module's demo data, the map's recount), so that an empty database gets one administrator
 * and one demo data set, and the second instance finds the first one's rows instead of failing on
 * them. The turn is a PostgreSQL session advisory lock held from before the first initializer
 * until the application is ready; a crashed instance's session ends and with it the lock. Spring
 * Modulith runs the initializers from a listener of the same {@link ApplicationStartedEvent}, so
 * this one must be first.
 */
@Component
class FirstStartLock {

    /** Any fixed number all instances agree on: "kes-init" in ASCII. */
    static final long KEY = 0x6b65732d696e6974L;

    private static final Logger log = LoggerFactory.getLogger(FirstStartLock.class);

    private final DataSource dataSource;
    private Connection holder;
    private long acquiredAt;

    FirstStartLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void acquire() throws SQLException {
        long started = System.nanoTime();
        Connection connection = dataSource.getConnection();
        try (Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("select pg_advisory_lock(" + KEY + ")");
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        holder = connection;
        acquiredAt = System.nanoTime();
        long waited = (System.nanoTime() - started) / 1_000_000;
        if (waited > 1000) {
            log.info("Waited {} ms for another instance to finish its start-up work", waited);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @PreDestroy
    synchronized void release() {
        if (holder == null) {
            return;
        }
        // bench/run reads this line to split the start-up time into its steps
        log.info("Start-up work (module initializers, recounts) took {} ms", (System.nanoTime() - acquiredAt) / 1_000_000);
        try (Connection connection = holder; Statement sql = connection.createStatement()) {
            sql.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the connection ends the session, which releases the lock all the same
            log.warn("Could not release the start-up lock: {}", e.toString());
        } finally {
            holder = null;
        }
    }
}
