package pl.koordynator.es.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.koordynator.es.KoordynatorApplication;
import pl.koordynator.es.shared.Installation;

import static org.assertj.core.api.Assertions.assertThat;

/** With SPRING_DATASOURCE_URL set, the application uses that server and starts no database of its own. */
class ExternalDatabaseTest {

    @Test
    void applicationRunsOnAnExternalPostgresqlAndStartsNoEmbeddedOne(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KoordynatorApplication.class)
                    .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--server.port=0", "--koordynator.data-dir=" + dataDir,
                            "--koordynator.admin.password=Zewnetrzna-Baza-1")) {
                assertThat(app.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(app.getBean(Installation.class).embeddedDatabase()).isFalse();
                assertThat(app.getBean(Installation.class).demoData()).isFalse();
                assertThat(Files.exists(dataDir.resolve("pg"))).isFalse();
            }
            JdbcClient externalDb = JdbcClient.create(external.getPostgresDatabase());
            assertThat(externalDb.sql("select count(*) from flyway_schema_history where success")
                    .query(Long.class).single()).isGreaterThanOrEqualTo(4);
            assertThat(externalDb.sql("select username from user_account").query(String.class).list())
                    .containsExactly("admin");
        }
    }
}
