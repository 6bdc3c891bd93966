package pl.koordynator.es.shared.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.koordynator.es.KoordynatorApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances started at the same moment on one empty database: both start, and the database
 * has one administrator and one demo data set.
 */
class FirstStartOfTwoInstancesTest {

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateOneAdminAndOneDemoDataSet(@TempDir Path dataDir)
            throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = database.getJdbcUrl("postgres", "postgres");
            CountDownLatch go = new CountDownLatch(1);
            // Logback is one per JVM: the two start their logging one after the other (a race of the
            // test's, not of two servers), then migrations, the admin and the demo data side by side
            CountDownLatch firstLogging = new CountDownLatch(1);
            ExecutorService starters = Executors.newFixedThreadPool(2);
            List<Future<ConfigurableApplicationContext>> instances = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                instances.add(starters.submit(() -> {
                    go.await();
                    if (name.equals("second")) {
                        firstLogging.await(1, TimeUnit.MINUTES);
                    }
                    return new SpringApplicationBuilder(KoordynatorApplication.class)
                            .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) prepared ->
                                    firstLogging.countDown())
                            .run(
                            "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                            "--server.port=0", "--koordynator.data-dir=" + dataDir.resolve(name),
                            // instances share the reintegration person key (README, Several instances)
                            "--koordynator.reintegration.person-key=" + "a29vcmR5bmF0b3ItdGVzdC1rbHVjei1vc29ieS0zMmI=",
                            "--koordynator.demo=true", "--koordynator.admin.password=Wspolny-Start-Szefa-1");
                }));
            }
            go.countDown();
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            try {
                for (Future<ConfigurableApplicationContext> instance : instances) {
                    started.add(instance.get(5, TimeUnit.MINUTES));
                }
            } finally {
                starters.shutdown();
                for (Future<ConfigurableApplicationContext> instance : instances) {
                    if (instance.isDone() && !instance.isCancelled()) {
                        try {
                            instance.get().close();
                        } catch (Exception failedToStart) {
                            // reported by the get above
                        }
                    }
                }
            }
            assertThat(started).hasSize(2);

            JdbcClient db = JdbcClient.create(database.getPostgresDatabase());
            assertThat(db.sql("select count(*) from user_account where username = 'admin'").query(Long.class).single())
                    .isOne();
            assertThat(db.sql("select count(*) from user_account where username like 'demo.%'")
                    .query(Long.class).single()).as("one set of demo accounts").isEqualTo(7);
            assertThat(db.sql("select count(*) from organisation").query(Long.class).single())
                    .as("demo organisations were loaded").isPositive();
            assertThat(db.sql("select name from organisation group by name, kind, gmina_teryt having count(*) > 1")
                    .query(String.class).list()).as("each demo organisation once").isEmpty();
            assertThat(db.sql("select count(*) from event").query(Long.class).single()).isPositive();
            assertThat(db.sql("select title from event group by title, starts_at having count(*) > 1")
                    .query(String.class).list()).as("each demo event once").isEmpty();

            // each module's loader found what the modules it depends on had loaded before it
            assertThat(db.sql("select module from demo_data_set").query(String.class).list())
                    .containsExactlyInAnyOrder("security", "territory", "registry", "statistics", "needs",
                            "reporting", "events", "support", "programme", "programme-reference", "networks", "committee",
                            "catalogue", "catalogue-news", "publicservices",
                            "publicservices-matching", "localplans", "reintegration");
            assertThat(db.sql("select name from programme group by name, version_number having count(*) > 1")
                    .query(String.class).list()).as("each programme version once").isEmpty();
            assertThat(db.sql("select count(*) from subregion where owes_organisation_id is null")
                    .query(Long.class).single()).as("every demo subregion has its demo OWES").isZero();
            assertThat(db.sql("select count(*) from user_account where username in ('demo.owes', 'demo.pes', "
                    + "'demo.partner', 'demo.ops', 'demo.cis') and organisation_id is not null").query(Long.class).single())
                    .as("demo accounts linked to demo organisations").isEqualTo(5);
            assertThat(db.sql("select count(*) from reported_need where organisation_id is null")
                    .query(Long.class).single()).as("every demo need from a demo organisation").isZero();
            for (String table : List.of("statistic_value", "reported_need", "owes_report", "support_record",
                    "map_gmina_resource", "publicservices_procurement", "publicservices_public_task",
                    "publicservices_capacity", "publicservices_digest_subscription", "localplans_plan",
                    "localplans_comment", "reintegration_unit", "reintegration_referral", "reintegration_statistic")) {
                assertThat(db.sql("select count(*) from " + table).query(Long.class).single())
                        .as("demo rows in " + table).isPositive();
            }
        }
    }
}
