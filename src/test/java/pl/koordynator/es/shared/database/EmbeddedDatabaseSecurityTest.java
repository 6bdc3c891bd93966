package pl.koordynator.es.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.koordynator.es.KoordynatorApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL takes password sign-ins only, from this machine only, and the
 * application works as a role that owns its tables but is no superuser; also on a data
 * directory that an earlier version left with everything owned by the superuser.
 */
class EmbeddedDatabaseSecurityTest {

    @Test
    void aNewDatabaseListensOnLoopbackOnlyAndTakesPasswordSignInsOnly(@TempDir Path dataDir) throws Exception {
        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select current_user").query(String.class).single()).isEqualTo("koordynator");
            assertThat(db.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                    .single()).isFalse();
            assertThat(db.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
            assertThat(db.sql("""
                    select count(*) from pg_class
                    where relnamespace = 'public'::regnamespace and relowner <> 'koordynator'::regrole""")
                    .query(Long.class).single()).as("objects in public not owned by the application").isZero();

            int port = app.getBean(EmbeddedPostgres.class).getPort();
            EmbeddedDatabaseCredentials credentials = EmbeddedDatabaseCredentials.read(dataDir).orElseThrow();
            assertThatThrownBy(() -> signIn(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> signIn(port, "postgres", "postgres")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> signIn(port, "koordynator", null)).isInstanceOf(SQLException.class);
            assertThat(isSuperuser(port, "postgres", credentials.superuserPassword())).isTrue();
            assertThat(isSuperuser(port, "koordynator", credentials.applicationPassword())).isFalse();

            Path file = dataDir.resolve("pgpass");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readAllLines(file)).contains("*:*:*:koordynator:" + credentials.applicationPassword(),
                    "*:*:*:postgres:" + credentials.superuserPassword());
            assertThat(Files.list(dataDir).map(path -> path.getFileName().toString()))
                    .as("initdb's password file is gone").containsExactlyInAnyOrder("pg", "pgpass", "secrets");
            Path personKey = dataDir.resolve("secrets").resolve("reintegration-person.key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(personKey)))
                    .as("the reintegration person key is the owner's only").isEqualTo("rw-------");
            assertThat(Files.list(dataDir.resolve("secrets")).map(path -> path.getFileName().toString()))
                    .as("no temporary key file is left").containsExactly("reintegration-person.key");
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionIsTakenOverByTheApplicationRole(@TempDir Path dataDir) throws Exception {
        // what earlier versions left behind: trust, no passwords, every table owned by postgres
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false).setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C")
                .start()) {
            Flyway.configure().dataSource(earlier.getPostgresDatabase()).locations("classpath:db/migration")
                    .target("16").load().migrate();
            JdbcClient db = JdbcClient.create(earlier.getPostgresDatabase());
            db.sql("""
                    insert into user_account (username, display_name, email, role, password_hash)
                    values ('sprzed.aktualizacji', 'Sprzed Aktualizacji', 's@example.org', 'PES', 'x')""").update();
            db.sql("create table local_note (id bigserial primary key, text varchar(40) not null)").update();
            db.sql("insert into local_note (text) values ('zapisane przez postgres')").update();
        }

        try (ConfigurableApplicationContext app = start(dataDir)) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select current_user").query(String.class).single()).isEqualTo("koordynator");
            assertThat(db.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                    .single()).isFalse();
            db.sql("insert into local_note (text) values ('zapisane przez aplikację')").update();
            assertThat(db.sql("select text from local_note order by id").query(String.class).list())
                    .containsExactly("zapisane przez postgres", "zapisane przez aplikację");
            assertThat(db.sql("update user_account set display_name = 'Po Aktualizacji' where username = 'sprzed.aktualizacji'")
                    .update()).isOne();
            long changes = db.sql("select changes from data_change where topic = 'registry'").query(Long.class).single();
            db.sql("update field_of_activity set position = position where code = 'OTHER'").update();
            assertThat(db.sql("select changes from data_change where topic = 'registry'").query(Long.class).single())
                    .as("the statement triggers run for the application role").isEqualTo(changes + 1);
            assertThat(db.sql("select count(*) from flyway_schema_history where installed_by = 'koordynator' and success")
                    .query(Long.class).single()).as("later migrations ran as the application role").isPositive();
            assertThat(db.sql("""
                    select count(*) from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner <> 'koordynator'::regrole
                      and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')""")
                    .query(Long.class).single()).as("objects in public not owned by the application").isZero();

            int port = app.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> signIn(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(db.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void lostCredentialsAreReplacedOnTheNextStart(@TempDir Path dataDir) throws Exception {
        String before;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            before = EmbeddedDatabaseCredentials.read(dataDir).orElseThrow().applicationPassword();
        }
        Files.delete(dataDir.resolve("pgpass"));

        try (ConfigurableApplicationContext app = start(dataDir)) {
            String after = EmbeddedDatabaseCredentials.read(dataDir).orElseThrow().applicationPassword();
            assertThat(after).isNotEqualTo(before);
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> signIn(port, "koordynator", before)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> signIn(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(app.getBean(JdbcClient.class).sql("select count(*) from user_account where username = 'admin'")
                    .query(Long.class).single()).isOne();
        }
    }

    private static boolean isSuperuser(int port, String user, String password) throws SQLException {
        try (Connection connection = signIn(port, user, password);
                var result = connection.createStatement().executeQuery(
                        "select rolsuper from pg_roles where rolname = current_user")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static Connection signIn(int port, String user, String password) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource.getConnection();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(KoordynatorApplication.class).run("--server.port=0",
                "--koordynator.data-dir=" + dataDir, "--koordynator.admin.password=Bezpieczna-Baza-Szefa-1",
                "--koordynator.demo=false");
    }
}
