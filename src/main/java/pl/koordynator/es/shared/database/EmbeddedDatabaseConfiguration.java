package pl.koordynator.es.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Embedded PostgreSQL 17 for installations without a database server: its files live under
 * {@code <data-dir>/pg} and are reused on the next start. It listens on 127.0.0.1 only, takes
 * password sign-ins only, and the application signs in as a role that owns its tables but is no
 * superuser (see {@link EmbeddedDatabaseProvisioning}, passwords in {@code <data-dir>/pgpass}).
 * Skipped when {@code spring.datasource.url} points at an external PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedDatabaseCredentials embeddedDatabaseCredentials(PlatformSettings settings) {
        Path dataDir = dataDirectory(settings);
        try {
            Files.createDirectories(dataDir);
            return EmbeddedDatabaseCredentials.loadOrCreate(dataDir);
        } catch (IOException | RuntimeException failure) {
            throw translate(failure, dataDir.resolve("pg"));
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformSettings settings, EmbeddedDatabaseCredentials credentials,
            StartupSteps steps) {
        Path dataDir = dataDirectory(settings);
        Path pgData = dataDir.resolve("pg");
        Path passwordFile = null;
        try {
            if (RootCheck.isRoot() && !RootCheck.canUnshareUserNamespace()) {
                throw new EmbeddedDatabaseUnavailableException(
                        "running as root where user namespaces are not allowed", null, true);
            }
            StalePostmaster.stopIfRunning(pgData, Duration.ofSeconds(10));
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setPGStartupWait(Duration.ofSeconds(30));
            if (!Files.exists(pgData.resolve("postgresql.conf"))) {
                // a new cluster gets its superuser password and password-only sign-ins from initdb
                // itself, so it never accepts a connection without a password, not even once
                passwordFile = credentials.writeSuperuserPasswordFile(dataDir);
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("auth-host", "scram-sha-256");
            } else if (credentials.generatedNow()) {
                log.warn("Setting passwords on the embedded PostgreSQL in {}; they are kept in {}", pgData,
                        dataDir.resolve(EmbeddedDatabaseCredentials.FILE_NAME));
                EmbeddedDatabaseProvisioning.writeIfDifferent(pgData.resolve("pg_hba.conf"),
                        EmbeddedDatabaseProvisioning.TRUST_UNTIL_PROVISIONED);
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                EmbeddedDatabaseProvisioning.provision(postgres.getPostgresDatabase(), credentials, pgData);
            } catch (RuntimeException failure) {
                postgres.close();
                throw failure;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            steps.database(millis);
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), pgData,
                    millis);
            return postgres;
        } catch (EmbeddedDatabaseUnavailableException failure) {
            throw failure;
        } catch (IOException | RuntimeException failure) {
            throw translate(failure, pgData);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    /**
     * The application signs in as the role that owns its tables, never as the superuser. The pool
     * settings {@code spring.datasource.hikari.*} apply as they do to an external database's pool.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseCredentials credentials) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                + EmbeddedDatabaseCredentials.DATABASE);
        dataSource.setUsername(EmbeddedDatabaseCredentials.APPLICATION_ROLE);
        dataSource.setPassword(credentials.applicationPassword());
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static Path dataDirectory(PlatformSettings settings) {
        return settings.dataDir().toAbsolutePath().normalize();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", file, e.toString());
            }
        }
    }

    static EmbeddedDatabaseUnavailableException translate(Throwable failure, Path pgData) {
        boolean asRoot = mentions(failure, "cannot be run as root") || mentions(failure, "as root");
        boolean passwordsRefused = mentions(failure, "password authentication failed");
        return new EmbeddedDatabaseUnavailableException(
                "embedded PostgreSQL in " + pgData + " did not start: " + failure.getMessage(), failure, asRoot,
                passwordsRefused);
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

}
