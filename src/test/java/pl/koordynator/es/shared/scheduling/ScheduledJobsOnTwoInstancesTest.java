package pl.koordynator.es.shared.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import pl.koordynator.es.KoordynatorApplication;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: every scheduled
 * job, started in both at the same moment, e-mails each person once.
 */
class ScheduledJobsOnTwoInstancesTest extends IntegrationTest {

    @Autowired
    ApplicationContext first;

    @Autowired
    DataSource pool;

    @Autowired
    ParticipantFixtures events;

    @Autowired
    TestUsers testUsers;

    @Test
    void everyScheduledJobOfTheApplicationTakesALockAcrossInstances() {
        List<String> unlocked = new ArrayList<>();
        for (String name : first.getBeanDefinitionNames()) {
            Class<?> type = first.getType(name);
            if (type == null || !type.getName().startsWith("pl.koordynator.es.")) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
                if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)
                        && !AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)) {
                    unlocked.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            });
        }
        assertThat(unlocked).as("@Scheduled methods without @SchedulerLock").isEmpty();
        assertThat(jobs(first)).as("the jobs found").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyJobRunInBothInstancesAtOnceEmailsEachPersonOnce() throws Exception {
        // a report overdue (a deadline on the period's last day has always passed), an event
        // tomorrow, an event yesterday with its attendees, and an e-mail waiting for a retry
        Integer deadlineDays = jdbc.sql("select deadline_days from report_template where code = 'OWES_QUARTERLY' and current")
                .query(Integer.class).single();
        jdbc.sql("update report_template set deadline_days = 0 where code = 'OWES_QUARTERLY' and current").update();
        OrganisationView owes = events.owes("OWES Dwóch Instancji");
        testUsers.create("owes.dwie.instancje", Role.OWES, owes.id());
        long tomorrow = events.event(owes, "Warsztaty jutro", ParticipantFixtures.day(1, 10), 3, null);
        for (int i = 1; i <= 3; i++) {
            events.register(tomorrow, "Uczestnik " + i, "jutro" + i + "@example.org", RegistrationStatus.CONFIRMED);
        }
        long yesterday = events.event(owes, "Warsztaty wczoraj", ParticipantFixtures.day(-1, 9), 3, null);
        for (int i = 1; i <= 2; i++) {
            events.attended(events.register(yesterday, "Obecny " + i, "wczoraj" + i + "@example.org",
                    RegistrationStatus.CONFIRMED));
        }
        jdbc.sql("""
                insert into notification (recipient, subject, body, attempts, last_error, next_attempt_at)
                values ('ponowna@example.org', 'Ponowna próba', 'Serwer poczty wrócił.', 1, 'connection refused',
                    now() - interval '1 minute')""").update();
        int expected = 1 + 3 + 2 + 1;

        try (ConfigurableApplicationContext second = secondInstance()) {
            List<Runnable> runs = new ArrayList<>(jobs(first));
            runs.addAll(jobs(second));
            AtOnce.each(runs);
            assertThat(jdbc.sql("select name from scheduled_job_lock").query(String.class).list()).contains(
                    "reporting.report-reminders", "events.event-reminders", "events.evaluation-requests",
                    "notifications.mail-retry", "map.resource-recount", "security.login-throttle-purge",
                    "security.expired-sessions-cleanup");

            awaitAllSent(expected);
            List<MailServer.Mail> mails = MailServer.awaitReceived(expected);
            Thread.sleep(500);
            assertThat(MailServer.received()).as("nothing arrives twice").hasSize(expected);
            assertThat(mails.stream().map(mail -> mail.to() + " " + mail.subject()).distinct()).hasSize(expected);
            assertThat(mails.stream().flatMap(mail -> mail.to().stream())).contains("owes.dwie.instancje@example.org",
                    "jutro1@example.org", "jutro2@example.org", "jutro3@example.org", "wczoraj1@example.org",
                    "wczoraj2@example.org", "ponowna@example.org");

            // the next runs, once the locks have passed, find nothing left to send
            jdbc.sql("update scheduled_job_lock set lock_until = locked_at").update();
            LocalDateTime firstRuns = jdbc.sql("select max(locked_at) from scheduled_job_lock")
                    .query(LocalDateTime.class).single();
            AtOnce.each(runs);
            assertThat(jdbc.sql("select name from scheduled_job_lock where locked_at <= :first")
                    .param("first", firstRuns).query(String.class).list()).as("jobs that did not run again").isEmpty();
            Thread.sleep(500);
            assertThat(MailServer.received()).as("a later run sends nothing again").hasSize(expected);
            assertThat(jdbc.sql("select count(*) from notification").query(Integer.class).single()).isEqualTo(expected);
        } finally {
            jdbc.sql("update report_template set deadline_days = :days where code = 'OWES_QUARTERLY' and current")
                    .param("days", deadlineDays).update();
        }
    }

    /** The application once more, on the shared test database, as a second instance would run. */
    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(KoordynatorApplication.class).run(
                "--spring.datasource.url=" + hikari().getJdbcUrl(),
                "--spring.datasource.username=" + hikari().getUsername(),
                "--spring.datasource.password=" + hikari().getPassword(),
                "--server.port=0", "--koordynator.demo=false",
                "--koordynator.data-dir=" + DATA_DIR.resolve("second-instance"),
                // instances share the reintegration person key (README, Several instances)
                "--koordynator.reintegration.person-key-file=" + DATA_DIR.resolve("secrets/reintegration-person.key"),
                "--koordynator.admin.password=" + ADMIN_PASSWORD,
                "--spring.mail.host=" + MailServer.HOST, "--spring.mail.port=" + MailServer.port());
    }

    /** The scheduled jobs of an instance, as its scheduler runs them. */
    private static List<Runnable> jobs(ApplicationContext context) {
        Set<Runnable> runnables = Collections.newSetFromMap(new IdentityHashMap<>());
        context.getBeanProvider(ScheduledTaskHolder.class).forEach(holder -> holder.getScheduledTasks()
                .forEach(task -> runnables.add(task.getTask().getRunnable())));
        return List.copyOf(runnables);
    }

    private void awaitAllSent(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Integer sent = jdbc.sql("select count(*) from notification where status = 'SENT'").query(Integer.class)
                    .single();
            if (sent >= expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("select status || ' ' || recipient from notification").query(String.class).list())
                .as("every e-mail sent within 20 s").hasSize(expected).allMatch(row -> row.startsWith("SENT"));
    }

    /** The pool behind the application's fail-fast wrapper. */
    private HikariDataSource hikari() {
        try {
            return pool.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException notAPool) {
            throw new IllegalStateException(notAPool);
        }
    }
}
