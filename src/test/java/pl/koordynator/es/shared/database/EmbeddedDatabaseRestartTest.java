package pl.koordynator.es.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import pl.koordynator.es.KoordynatorApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its files in the data directory: what was written before a
 * restart is there after it, also after a crash that left PostgreSQL running.
 */
class EmbeddedDatabaseRestartTest {

    @Test
    void recordsSurviveARestartAndTheAdminPasswordIsNeverReset(@TempDir Path dataDir) {
        try (ConfigurableApplicationContext first = start(dataDir, "Pierwsze-Haslo-Szefa")) {
            JdbcClient db = first.getBean(JdbcClient.class);
            db.sql("""
                    insert into user_account (username, display_name, email, role, password_hash)
                    values ('przed.restartem', 'Przed Restartem', 'p@example.org', 'PES', 'x')
                    """).update();
            assertThat(db.sql("select count(*) from user_account where username like 'demo.%'")
                    .query(Long.class).single()).isEqualTo(7);
        }
        try (ConfigurableApplicationContext second = start(dataDir, "Drugie-Haslo-Szefa")) {
            JdbcClient db = second.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from user_account where username = 'przed.restartem'")
                    .query(Long.class).single()).isEqualTo(1);
            String adminHash = db.sql("select password_hash from user_account where username = 'admin'")
                    .query(String.class).single();
            PasswordEncoder passwords = second.getBean(PasswordEncoder.class);
            assertThat(passwords.matches("Pierwsze-Haslo-Szefa", adminHash)).isTrue();
            assertThat(passwords.matches("Drugie-Haslo-Szefa", adminHash)).isFalse();
            assertThat(db.sql("select count(*) from user_account where username like 'demo.%'")
                    .query(Long.class).single()).as("demo data is loaded once").isEqualTo(7);
        }
    }

    @Test
    void aServerLeftRunningByACrashedRunDoesNotBlockTheNextStart(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext first = start(dataDir, "Pierwsze-Haslo-Szefa")) {
            assertThat(first.getBean(JdbcClient.class).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
        // What a kill -9 of the JVM leaves behind: a postgres still running on the data directory.
        Process crashingJvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerThatCrashes.class.getName(),
                dataDir.resolve("pg").toString()).redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(crashingJvm.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(ServerThatCrashes.READY)) {
                // wait until the server runs
            }
        }
        crashingJvm.destroyForcibly().waitFor();
        assertThat(StalePostmaster.runningServer(dataDir.resolve("pg/postmaster.pid"))).isPresent();

        long started = System.nanoTime();
        try (ConfigurableApplicationContext next = start(dataDir, "Pierwsze-Haslo-Szefa")) {
            assertThat(next.getBean(JdbcClient.class).sql("select count(*) from user_account where username = 'admin'")
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(StalePostmaster.runningServer(dataDir.resolve("pg/postmaster.pid"))).isEmpty();
    }

    /** Starts the embedded server in its own JVM, which the test then kills with SIGKILL. */
    static final class ServerThatCrashes {

        static final String READY = "server-ready";

        public static void main(String[] args) throws Exception {
            Path pgData = Path.of(args[0]);
            String password = EmbeddedDatabaseCredentials.read(pgData.getParent()).orElseThrow().superuserPassword();
            EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1").setConnectConfig("password", password)
                    .setRegisterShutdownHook(false).start();
            System.out.println(READY);
            System.out.flush();
            Thread.currentThread().join();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String adminPassword) {
        return new SpringApplicationBuilder(KoordynatorApplication.class).run("--server.port=0",
                "--koordynator.data-dir=" + dataDir, "--koordynator.admin.password=" + adminPassword,
                "--koordynator.demo=true");
    }
}
