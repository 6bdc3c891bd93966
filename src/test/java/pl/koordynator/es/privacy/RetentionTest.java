package pl.koordynator.es.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.privacy.PersonalDataRetention.Removed;
import pl.koordynator.es.privacy.domain.RetentionJob;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationImportJobs;
import pl.koordynator.es.registry.domain.OrganisationImportService.Mode;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.statistics.StatisticsFiles;
import pl.koordynator.es.statistics.domain.StatisticsImportService;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The daily removal with its default periods, at an explicit moment: accessibility needs 30 days
 * after the event, e-mail texts after 180 days, uploaded import files 7 days after the job ended;
 * what is younger stays, what is removed is removed once, also when two instances run it at once.
 */
class RetentionTest extends IntegrationTest {

    private static final String NEEDS = "tłumacz PJM";

    @Autowired
    RetentionJob retention;

    @Autowired
    ParticipantFixtures participants;

    @Autowired
    OrganisationImportJobs registryImports;

    @Autowired
    StatisticsImportService statisticsImports;

    private final Instant now = Instant.now();

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void personalDataPastItsPeriodIsRemovedOnceAndTheRestStays() throws Exception {
        Data data = data();

        List<Removed> removed = retention.removeExpired(now);

        // no catalogue inquiry here: InquiryTest has the catalogue remove an old one
        assertThat(removed).containsExactlyInAnyOrder(new Removed("events.accessibilityNeeds", 1),
                new Removed("notifications.bodies", 1), new Removed("registry.importFiles", 1),
                new Removed("statistics.importFiles", 1), new Removed("catalogue.inquiryRetention", 0),
                // no referrals here: ReintegrationRetentionTest has them removed
                new Removed("reintegration.referrals", 0), new Removed("reintegration.reads", 0));
        assertThat(needs(data.oldRegistration())).isNull();
        assertThat(needs(data.recentRegistration())).isEqualTo(NEEDS);
        assertThat(needs(data.comingRegistration())).isEqualTo(NEEDS);
        assertThat(body(data.oldMail())).isEmpty();
        assertThat(recipient(data.oldMail())).isEqualTo("stara@example.org");
        assertThat(body(data.recentMail())).isEqualTo("Treść z imieniem");
        assertThat(body(data.oldQueuedMail())).as("still waiting to be sent").isEqualTo("Treść z imieniem");
        assertThat(fileSize("organisation_import", "file_content", data.oldRegistryImport())).isZero();
        assertThat(fileSize("organisation_import", "file_content", data.recentRegistryImport())).isPositive();
        assertThat(fileSize("statistics_import", "content", data.oldStatisticsImport())).isZero();
        assertThat(fileSize("statistics_import", "content", data.recentStatisticsImport())).isPositive();

        assertThat(retention.removeExpired(now)).as("a second run finds nothing").allMatch(kind -> kind.rows() == 0);
        Map<String, String> audited = jdbc.sql("""
                select entity_id, cast(changes as text) as changes from audit_entry
                where entity_type = 'PersonalDataRetention'""")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(audited).containsOnlyKeys("events.accessibilityNeeds", "notifications.bodies",
                "registry.importFiles", "statistics.importFiles");
        assertThat(audited.get("events.accessibilityNeeds")).contains("\"new\": 1");
    }

    @Test
    void theReportsOfImportsStayReadableAndAnEmptiedCheckCannotBeImported() throws Exception {
        Data data = data();
        retention.removeExpired(now);

        mvc.perform(get("/organisations/import/" + data.oldRegistryImport()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rows-count\">2<")));
        mvc.perform(get("/admin/statistics/import/" + data.oldStatisticsImport()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("long.csv")));

        users.signIn(data.admin());
        assertThatThrownBy(() -> registryImports.importChecked(data.oldRegistryImport(), Mode.ALL))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("registryimport.file.removed"));
        assertThatThrownBy(() -> statisticsImports.apply(data.oldStatisticsImport()))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("statistics.import.fileRemoved"));
    }

    @Test
    void twoInstancesRunningAtOnceRemoveEachThingOnce() throws Exception {
        data();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Removed>>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return retention.removeExpired(now);
            }));
        }
        start.countDown();

        Map<String, Integer> total = runs.stream().flatMap(run -> run.join().stream())
                .collect(Collectors.groupingBy(Removed::what, Collectors.summingInt(Removed::rows)));
        assertThat(total).containsEntry("events.accessibilityNeeds", 1).containsEntry("notifications.bodies", 1)
                .containsEntry("registry.importFiles", 1).containsEntry("statistics.importFiles", 1);
    }

    record Data(UserView admin, long oldRegistration, long recentRegistration, long comingRegistration, long oldMail,
            long recentMail, long oldQueuedMail, long oldRegistryImport, long recentRegistryImport,
            long oldStatisticsImport, long recentStatisticsImport) {
    }

    private Data data() throws Exception {
        OrganisationView owes = participants.owes("OWES Retencja");
        long monthAgo = participants.event(owes, "Warsztat sprzed 31 dni", at(Duration.ofDays(31).plusHours(3)), 2, null);
        long weeksAgo = participants.event(owes, "Warsztat sprzed 29 dni", at(Duration.ofDays(29).plusHours(3)), 2, null);
        long coming = participants.event(owes, "Warsztat za tydzień", at(Duration.ofDays(-7)), 2, null);
        long oldRegistration = participants.register(monthAgo, "Ewa Stara", "ewa@example.org", null, NEEDS,
                RegistrationStatus.CONFIRMED);
        long recentRegistration = participants.register(weeksAgo, "Ewa Nowsza", "ewa@example.org", null, NEEDS,
                RegistrationStatus.CONFIRMED);
        long comingRegistration = participants.register(coming, "Ewa Przyszła", "ewa@example.org", null, NEEDS,
                RegistrationStatus.CONFIRMED);

        long oldMail = mail("stara@example.org", "SENT", Duration.ofDays(181));
        long recentMail = mail("nowa@example.org", "SENT", Duration.ofDays(179));
        long oldQueuedMail = mail("czeka@example.org", "QUEUED", Duration.ofDays(200));

        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        byte[] register = "Nazwa;Rodzaj\nSpółdzielnia A;NGO\nSpółdzielnia B;NGO\n".getBytes(StandardCharsets.UTF_8);
        long oldRegistryImport = registryImports.check("kontakty.csv", register, Mode.ALL);
        long recentRegistryImport = registryImports.check("kontakty-2.csv", register, Mode.ALL);
        awaitDone(oldRegistryImport);
        awaitDone(recentRegistryImport);
        long oldStatisticsImport = statisticsImports.check("long.csv", StatisticsFiles.file("long.csv"), null);
        long recentStatisticsImport = statisticsImports.check("long.csv", StatisticsFiles.file("long.csv"), null);
        users.signOut();
        jdbc.sql("update organisation_import set finished_at = :at where id = :id")
                .param("at", at(Duration.ofDays(8))).param("id", oldRegistryImport).update();
        jdbc.sql("update organisation_import set finished_at = :at where id = :id")
                .param("at", at(Duration.ofDays(6))).param("id", recentRegistryImport).update();
        jdbc.sql("update statistics_import set created_at = :at where id = :id")
                .param("at", at(Duration.ofDays(8))).param("id", oldStatisticsImport).update();
        return new Data(admin, oldRegistration, recentRegistration, comingRegistration, oldMail, recentMail,
                oldQueuedMail, oldRegistryImport, recentRegistryImport, oldStatisticsImport, recentStatisticsImport);
    }

    private OffsetDateTime at(Duration ago) {
        return OffsetDateTime.ofInstant(now.minus(ago), ParticipantFixtures.WARSAW);
    }

    private long mail(String recipient, String status, Duration age) {
        return jdbc.sql("""
                insert into notification (recipient, subject, body, status, created_at, next_attempt_at)
                values (:recipient, 'Temat', 'Treść z imieniem', :status, :created, now() + interval '1 day')
                returning id""")
                .param("recipient", recipient).param("status", status).param("created", at(age))
                .query(Long.class).single();
    }

    private void awaitDone(long job) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"DONE".equals(jdbc.sql("select status from organisation_import where id = :id").param("id", job)
                .query(String.class).single())) {
            assertThat(Instant.now()).as("import job %s finished", job).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private String needs(long registration) {
        return jdbc.sql("select accessibility_needs from event_registration where id = :id").param("id", registration)
                .query((rs, row) -> rs.getString(1)).list().get(0);
    }

    private String body(long mail) {
        return jdbc.sql("select body from notification where id = :id").param("id", mail).query(String.class).single();
    }

    private String recipient(long mail) {
        return jdbc.sql("select recipient from notification where id = :id").param("id", mail)
                .query(String.class).single();
    }

    private int fileSize(String table, String column, long id) {
        return jdbc.sql("select octet_length(" + column + ") from " + table + " where id = :id").param("id", id)
                .query(Integer.class).single();
    }
}
