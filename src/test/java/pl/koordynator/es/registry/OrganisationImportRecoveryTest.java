package pl.koordynator.es.registry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.domain.OrganisationImportJobs;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import whose instance was killed in the middle: its job stays RUNNING and stops beating.
 * The recovery marks it failed (never a job another live instance runs), its page says so and
 * offers to start it again, and the restarted import writes its rows once.
 */
class OrganisationImportRecoveryTest extends IntegrationTest {

    private static final String FILE = "Nazwa;Rodzaj;Gmina\nOdzyskana Pierwsza;NGO;2261011\nOdzyskana Druga;NGO;2262011\n";

    @Autowired
    OrganisationImportJobs jobs;

    @Test
    void aJobLeftRunningByAKilledInstanceIsFailedAndCanBeStartedAgainWhileALiveInstancesJobIsLeftAlone()
            throws Exception {
        UserView admin = users.create("importer-" + System.nanoTime(), Role.ADMIN);
        RequestPostProcessor asAdmin = user(users.principal(admin));
        // as a killed instance leaves them: the import's transaction died with it, so no rows
        long killed = job(admin.username(), "RUNNING", "killed-host/4242/0badc0de", "5 minutes");
        long queuedOnKilled = job(admin.username(), "QUEUED", "killed-host/4242/0badc0de", "3 minutes");
        long live = job(admin.username(), "RUNNING", "live-host/77/5ca1ab1e", "5 seconds");

        jobs.failInterrupted();

        assertThat(state(killed)).isEqualTo("FAILED registryimport.job.interrupted");
        assertThat(state(queuedOnKilled)).isEqualTo("FAILED registryimport.job.interrupted");
        assertThat(state(live)).as("a job whose instance still beats").isEqualTo("RUNNING null");
        assertThat(organisations()).isZero();

        String page = mvc.perform(get("/organisations/import/" + killed).with(asAdmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Import przerwano: serwer, który go wykonywał, został zatrzymany")
                .contains("action=\"/organisations/import/" + killed + "/restart\"").contains("Uruchom ponownie");
        String livePage = mvc.perform(get("/organisations/import/" + live).with(asAdmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(livePage).doesNotContain("Uruchom ponownie");

        mvc.perform(post("/organisations/import/" + killed + "/restart").with(csrf()).with(asAdmin))
                .andExpect(status().is3xxRedirection());
        String done = poll("/organisations/import/" + killed, asAdmin);
        assertThat(done).contains("Zaimportowano organizacji: 2.").doesNotContain("Uruchom ponownie");
        assertThat(state(killed)).isEqualTo("DONE null");
        assertThat(jdbc.sql("select name from organisation order by name").query(String.class).list())
                .containsExactly("Odzyskana Druga", "Odzyskana Pierwsza");

        // a second click, or the recovery running again, changes nothing
        mvc.perform(post("/organisations/import/" + killed + "/restart").with(csrf()).with(asAdmin))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update scheduled_job_lock set lock_until = locked_at").update();
        jobs.failInterrupted();
        assertThat(state(killed)).isEqualTo("DONE null");
        assertThat(state(live)).isEqualTo("RUNNING null");
        assertThat(organisations()).isEqualTo(2);
    }

    @Test
    void aFailedJobWhoseFileIsNoLongerKeptCannotBeStartedAgain() throws Exception {
        UserView admin = users.create("importer-" + System.nanoTime(), Role.ADMIN);
        RequestPostProcessor asAdmin = user(users.principal(admin));
        long killed = job(admin.username(), "RUNNING", "killed-host/4242/0badc0de", "5 minutes");
        jobs.failInterrupted();
        jdbc.sql("update organisation_import set file_content = decode('', 'hex') where id = :id")
                .param("id", killed).update();

        String page = mvc.perform(get("/organisations/import/" + killed).with(asAdmin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Import przerwano").doesNotContain("Uruchom ponownie");
        mvc.perform(post("/organisations/import/" + killed + "/restart").with(csrf()).with(asAdmin))
                .andExpect(status().isConflict());
        assertThat(state(killed)).isEqualTo("FAILED registryimport.job.interrupted");
    }

    @Test
    void aJobOfThisInstanceWhoseRunDiedWithTheDatabaseIsRecoveredToo() throws Exception {
        UserView admin = users.create("importer-" + System.nanoTime(), Role.ADMIN);
        // its run could not record the failure (the database was away), so it stays RUNNING and nobody beats it
        long orphan = job(admin.username(), "RUNNING", jobs.worker(), "5 minutes");

        jobs.failInterrupted();

        assertThat(state(orphan)).isEqualTo("FAILED registryimport.job.interrupted");
        mvc.perform(post("/organisations/import/" + orphan + "/restart").with(csrf()).with(user(users.principal(admin))))
                .andExpect(status().is3xxRedirection());
        assertThat(poll("/organisations/import/" + orphan, user(users.principal(admin))))
                .contains("Zaimportowano organizacji: 2.");
    }

    private long job(String createdBy, String status, String worker, String lastBeatAgo) {
        return jdbc.sql("""
                insert into organisation_import (created_by, file_name, file_content, dry_run, mode, status, rows_total,
                    rows_done, created_at, started_at, worker, heartbeat_at)
                values (:by, 'rejestr.csv', :content, false, 'ALL', :status, 2, 0, now() - interval '10 minutes',
                    now() - interval '10 minutes', :worker, now() - cast(:ago as interval)) returning id""")
                .param("by", createdBy).param("content", FILE.getBytes(StandardCharsets.UTF_8))
                .param("status", status).param("worker", worker).param("ago", lastBeatAgo)
                .query(Long.class).single();
    }

    private String state(long id) {
        return jdbc.sql("select status || ' ' || coalesce(failure, 'null') from organisation_import where id = :id")
                .param("id", id).query(String.class).single();
    }

    private long organisations() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    private String poll(String location, RequestPostProcessor as) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String fragment = mvc.perform(get(location).header("HX-Request", "true").with(as))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!fragment.contains("data-hx-get")) {
                return fragment;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job did not finish: " + location);
    }
}
