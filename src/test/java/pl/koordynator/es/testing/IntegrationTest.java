package pl.koordynator.es.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import pl.koordynator.es.audit.domain.AuditLabels;

/**
 * Base of every integration test: one application context and one embedded PostgreSQL for the
 * whole run (same annotations, so Spring's context cache shares it), with a fresh data directory
 * per run and the data of the previous test removed before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "koordynator.demo=false",
        "koordynator.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
        "spring.thymeleaf.cache=false",
        // requests from 127.0.0.1 are nobody's proxy here; tests that act as a proxy connect from 127.0.0.2
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2",
        // a quick proof of work: tests solve many challenges
        "koordynator.challenge.max-number=2000",
        // bcrypt's cheapest work factor: the suite creates thousands of accounts (production keeps 10)
        "koordynator.security.bcrypt-strength=4"})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "Test-Haslo-Koordynatora-1";
    public static final Path DATA_DIR = freshDataDirectory();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestUsers users;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("koordynator.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> MailServer.HOST);
        registry.add("spring.mail.port", MailServer::port);
    }

    @Autowired
    protected Challenges challenges;

    @BeforeEach
    void removeDataOfEarlierTests() {
        MailServer.purge();
        jdbc.sql("delete from rate_limit_bucket").update();
        jdbc.sql("delete from challenge_spent").update();
        jdbc.sql("delete from login_throttle").update();
        jdbc.sql("delete from login_known_address").update();
        jdbc.sql("delete from localplans_plan").update();
        jdbc.sql("delete from reintegration_read").update();
        jdbc.sql("delete from reintegration_statistic").update();
        jdbc.sql("delete from reintegration_referral").update();
        jdbc.sql("delete from reintegration_unit").update();
        jdbc.sql("delete from publicservices_match").update();
        jdbc.sql("delete from publicservices_capacity").update();
        jdbc.sql("delete from publicservices_digest_subscription").update();
        jdbc.sql("delete from publicservices_lot").update();
        jdbc.sql("delete from publicservices_procurement").update();
        jdbc.sql("delete from publicservices_public_task").update();
        jdbc.sql("delete from catalogue_mark_vote").update();
        jdbc.sql("delete from catalogue_mark_recommendation").update();
        jdbc.sql("delete from catalogue_mark_application").update();
        jdbc.sql("delete from catalogue_mark_board_member").update();
        jdbc.sql("delete from catalogue_mark_licence_counter").update();
        jdbc.sql("delete from catalogue_campaign").update();
        jdbc.sql("delete from catalogue_news").update();
        jdbc.sql("delete from catalogue_mark_licence").update();
        jdbc.sql("delete from catalogue_inquiry").update();
        jdbc.sql("delete from catalogue_offer_views").update();
        jdbc.sql("delete from catalogue_offer_photo").update();
        jdbc.sql("delete from catalogue_offer_review").update();
        jdbc.sql("delete from catalogue_offer_area").update();
        jdbc.sql("delete from catalogue_offer").update();
        jdbc.sql("delete from cooperation_offer").update();
        jdbc.sql("delete from tie").update();
        jdbc.sql("delete from network").update();
        jdbc.sql("delete from committee_attachment").update();
        jdbc.sql("delete from sector_position").update();
        jdbc.sql("delete from committee_vote").update();
        jdbc.sql("delete from committee_document_counter").update();
        jdbc.sql("delete from committee_document").update();
        jdbc.sql("delete from committee_attendance").update();
        jdbc.sql("delete from committee_agenda_item").update();
        jdbc.sql("delete from committee_meeting").update();
        jdbc.sql("delete from committee_member").update();
        jdbc.sql("delete from committee_term").update();
        jdbc.sql("update committee_settings set invitation_days_ahead = 7").update();
        jdbc.sql("delete from support_record").update();
        jdbc.sql("delete from notification").update();
        jdbc.sql("delete from event_evaluation").update();
        jdbc.sql("delete from event_registration").update();
        jdbc.sql("delete from event").update();
        jdbc.sql("delete from reported_need").update();
        jdbc.sql("delete from programme_value").update();
        jdbc.sql("delete from programme").update();
        jdbc.sql("update programme_settings set on_track_percent = 90, at_risk_percent = 70").update();
        jdbc.sql("delete from report_aggregate").update();
        jdbc.sql("delete from report_reminder").update();
        jdbc.sql("delete from owes_report").update();
        jdbc.sql("delete from report_template where code <> 'OWES_QUARTERLY' or version > 1").update();
        jdbc.sql("update report_template set current = true where code = 'OWES_QUARTERLY'").update();
        jdbc.sql("delete from organisation_import").update();
        jdbc.sql("delete from statistics_import").update();
        jdbc.sql("delete from statistic_value").update();
        jdbc.sql("delete from indicator_definition where not built_in").update();
        jdbc.sql("delete from api_token").update();
        jdbc.sql("delete from spring_session").update();
        // scheduler locks expire rather than vanish: ShedLock remembers which rows it has created
        jdbc.sql("update scheduled_job_lock set lock_until = locked_at").update();
        jdbc.sql("delete from user_account where username <> 'admin'").update();
        jdbc.sql("delete from contact_person").update();
        jdbc.sql("delete from organisation").update();
        jdbc.sql("delete from audit_entry").update();
        jdbc.sql("delete from subregion").update();
        // the register was emptied behind the map's back (no events): its counts are zero now
        jdbc.sql("delete from map_gmina_resource").update();
        jdbc.sql("delete from map_recount").update();
        jdbc.sql("delete from map_priority_weight").update();
        jdbc.sql("""
                insert into map_priority_weight (code, weight) values ('UNEMPLOYED_PER_100', 1.0),
                    ('SOCIAL_ASSISTANCE_PER_1000', 1.0), ('NEEDS_REPORTED', 0.5), ('PES_PER_10K', 1.0)""").update();
    }

    @Autowired
    private AuditLabels auditLabels;

    /** A record type written to the audit trail must be named by its module, or the trail shows a class name. */
    @AfterEach
    void everyAuditedTypeHasAName() {
        var unnamed = jdbc.sql("select distinct entity_type from audit_entry").query(String.class).list().stream()
                .filter(type -> !auditLabels.known(type)).toList();
        org.assertj.core.api.Assertions.assertThat(unnamed)
                .as("record types in the audit trail that no module's AuditedTypes names").isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path freshDataDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
