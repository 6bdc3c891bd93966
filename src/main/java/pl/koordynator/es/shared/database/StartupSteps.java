package pl.koordynator.es.shared.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * How long each step of the start-up took, in one line of the log when the application is ready:
 * {@code Start-up steps: database 2019 ms, migrations 310 ms, context 5120 ms, start-up work 183 ms,
 * ready after 7632 ms}. The database is the embedded PostgreSQL's start (0 with an external one),
 * the migrations Flyway's check and run, the context everything else Spring builds, and the
 * start-up work each module's initializer (administrator, region pack, demo data, the map's
 * recount). A slow start then names its step, and a step that grows with the data shows in
 * {@code bench/run}, which reads this line.
 */
@Configuration(proxyBeanMethods = false)
class StartupSteps {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private volatile long databaseMillis;
    private volatile long migrationsMillis;
    private volatile long startedMillis;

    void database(long millis) {
        databaseMillis = millis;
    }

    @Bean
    FlywayMigrationStrategy timedMigrations() {
        return flyway -> {
            long started = System.nanoTime();
            flyway.migrate();
            migrationsMillis = (System.nanoTime() - started) / 1_000_000;
        };
    }

    @EventListener
    void started(ApplicationStartedEvent started) {
        startedMillis = started.getTimeTaken() == null ? 0 : started.getTimeTaken().toMillis();
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        long readyMillis = ready.getTimeTaken() == null ? 0 : ready.getTimeTaken().toMillis();
        log.info("Start-up steps: database {} ms, migrations {} ms, context {} ms, start-up work {} ms, ready after {} ms",
                databaseMillis, migrationsMillis, Math.max(0, startedMillis - databaseMillis - migrationsMillis),
                Math.max(0, readyMillis - startedMillis), readyMillis);
    }
}
