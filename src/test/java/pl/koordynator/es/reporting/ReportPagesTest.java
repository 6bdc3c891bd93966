package pl.koordynator.es.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.domain.NewReport;
import pl.koordynator.es.reporting.domain.ReportService;
import pl.koordynator.es.reporting.domain.ReportView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReportPagesTest extends IntegrationTest {

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    ReportService reports;

    OrganisationView north;
    UserView northStaff;
    UserView southStaff;
    UserView admin;

    @BeforeEach
    void owesAndRops() {
        fixtures.forget();
        north = fixtures.owes("OWES Pomorze Północne");
        northStaff = fixtures.staff(north);
        southStaff = fixtures.staff(fixtures.owes("OWES Pomorze Południowe"));
        admin = fixtures.admin();
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private ReportView draft(String period) {
        users.signIn(northStaff);
        try {
            return reports.create(new NewReport(north.id(), "OWES_QUARTERLY", period));
        } finally {
            users.signOut();
        }
    }

    @Test
    void anOwesCreatesAReportFromTheListAndSeesOnlyItsOwn() throws Exception {
        mvc.perform(post("/reporting").with(as(northStaff)).with(csrf()).param("templateCode", "OWES_QUARTERLY")
                .param("period", "2025Q2")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reporting").with(as(northStaff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2025Q2")));
        mvc.perform(get("/reporting").with(as(southStaff))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("2025Q2 · OWES_QUARTERLY"))));
        mvc.perform(post("/reporting").with(as(northStaff)).with(csrf()).param("templateCode", "OWES_QUARTERLY")
                .param("period", "2025-2")).andExpect(redirectedUrl("/reporting"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorText", java.util.List.of("Okres zapisuje się jako 2025Q1, 2025H1 lub 2025.")));
    }

    @Test
    void theValidationEndpointReturnsTheRuleMessageAsAFragment() throws Exception {
        ReportView report = draft("2025Q1");
        mvc.perform(post("/reporting/reports/" + report.id() + "/check").with(as(northStaff)).with(csrf())
                        .header("HX-Request", "true").param("v_JOBS_CREATED", "2").param("v_JOBS_AT_RISK", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("(reguła: JOBS_AT_RISK &lt;= JOBS_CREATED)"),
                        containsString("data-hx-swap-oob=\"true\""), not(containsString("<html")))));
        mvc.perform(post("/reporting/reports/" + report.id() + "/check").with(as(northStaff)).with(csrf())
                        .param("v_JOBS_CREATED", "5").param("v_JOBS_AT_RISK", "3"))
                .andExpect(content().string(not(containsString("alert-danger"))));
    }

    @Test
    void savingBadValuesShowsErrorsBesideTheFieldsAndSavesNothing() throws Exception {
        ReportView report = draft("2025Q1");
        mvc.perform(post("/reporting/reports/" + report.id()).with(as(northStaff)).with(csrf())
                        .param("version", "0").param("v_JOBS_CREATED", "2").param("v_JOBS_AT_RISK", "3")
                        .param("v_TRAININGS", "półtora"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-invalid=\"true\""),
                        containsString("Liczba szkoleń: podaj liczbę."), containsString("value=\"półtora\""))));
        assertThat(jdbc.sql("select count(*) from report_value").query(Long.class).single()).isZero();

        mvc.perform(post("/reporting/reports/" + report.id()).with(as(northStaff)).with(csrf())
                        .param("version", "0").param("v_JOBS_CREATED", "2").param("v_JOBS_AT_RISK", "1"))
                .andExpect(redirectedUrl("/reporting/reports/" + report.id()));
        assertThat(jdbc.sql("select count(*) from report_value").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherOwesGets404OnTheReportPage() throws Exception {
        ReportView report = draft("2025Q1");
        mvc.perform(get("/reporting/reports/" + report.id()).with(as(southStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/reporting/reports/" + report.id()).with(as(northStaff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Złóż sprawozdanie")));
    }

    @Test
    void ropsReturnsWithACommentPerIndicatorAndTheOwesSeesIt() throws Exception {
        ReportView report = draft("2025Q1");
        mvc.perform(post("/reporting/reports/" + report.id()).with(as(northStaff)).with(csrf())
                        .param("version", "0").param("submit", "1")
                        .param("v_PES_SUPPORTED", "10").param("v_PES_NEW", "3").param("v_SE_NEW", "1")
                        .param("v_JOBS_CREATED.K", "3").param("v_JOBS_CREATED.M", "2").param("v_JOBS_AT_RISK", "2")
                        .param("v_CONSULTING_HOURS", "120,5").param("v_TRAININGS", "2")
                        .param("v_TRAINING_PARTICIPANTS", "30").param("v_JST_COOPERATING", "4")
                        .param("v_PARTNERSHIPS", "1"))
                .andExpect(redirectedUrl("/reporting/reports/" + report.id()));
        mvc.perform(get("/reporting/reports/" + report.id()).with(as(admin)))
                .andExpect(content().string(allOf(containsString("Zatwierdź sprawozdanie"),
                        containsString("value=\"5\""), containsString("value=\"120,5\""))));
        mvc.perform(post("/reporting/reports/" + report.id() + "/return").with(as(admin)).with(csrf())
                        .param("comment", "").param("rc_TRAININGS", "Brak listy obecności."))
                .andExpect(redirectedUrl("/reporting/reports/" + report.id()));
        mvc.perform(get("/reporting/reports/" + report.id()).with(as(northStaff)))
                .andExpect(content().string(allOf(containsString("Zwrócone do poprawy"),
                        containsString("Brak listy obecności."))));
    }

    @Test
    void pdfAttachmentsAreAddedDownloadedAndDeletedButOtherFilesRefused() throws Exception {
        ReportView report = draft("2025Q1");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes();
        mvc.perform(multipart("/reporting/reports/" + report.id() + "/attachments")
                        .file(new MockMultipartFile("file", "lista.pdf", "application/pdf", pdf))
                        .with(as(northStaff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/reporting/reports/" + report.id() + "/attachments")
                        .file(new MockMultipartFile("file", "lista.docx", "application/octet-stream", "PK..".getBytes()))
                        .with(as(northStaff)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorText", java.util.List.of("Załącznik musi być plikiem PDF.")));
        long attachment = jdbc.sql("select id from report_attachment").query(Long.class).single();
        mvc.perform(get("/reporting/reports/" + report.id() + "/attachments/" + attachment).with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get("/reporting/reports/" + report.id() + "/attachments/" + attachment).with(as(southStaff)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reporting/reports/" + report.id() + "/attachments/" + attachment + "/delete")
                .with(as(northStaff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from report_attachment").query(Long.class).single()).isZero();
    }

    @Test
    void anAttachmentOneByteOverTheLimitIsRefusedAndNotStored() throws Exception {
        ReportView report = draft("2025Q2");
        byte[] over = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, over, 0, 9);

        mvc.perform(get("/reporting/reports/" + report.id()).with(as(northStaff)))
                .andExpect(content().string(containsString("Najwyżej 10 MB.")));
        mvc.perform(multipart("/reporting/reports/" + report.id() + "/attachments")
                        .file(new MockMultipartFile("file", "duzy.pdf", "application/pdf", over))
                        .with(as(northStaff)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorText", java.util.List.of("Plik jest za duży: najwyżej 10 MB.")));
        assertThat(jdbc.sql("select count(*) from report_attachment").query(Long.class).single()).isZero();

        mvc.perform(multipart("/reporting/reports/" + report.id() + "/attachments")
                        .file(new MockMultipartFile("file", "duzy.pdf", "application/pdf",
                                java.util.Arrays.copyOf(over, over.length - 1)))
                        .with(as(northStaff)).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "reporting.page.attached"));
        assertThat(jdbc.sql("select count(*) from report_attachment").query(Long.class).single()).isOne();
    }

    @Test
    void theTemplatePageRefusesABadRuleNamingItsLineAndPosition() throws Exception {
        mvc.perform(get("/admin/reporting/templates").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sprawozdanie kwartalne OWES")));
        mvc.perform(get("/admin/reporting/templates/OWES_QUARTERLY").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("JOBS_AT_RISK &lt;= JOBS_CREATED |")));
        mvc.perform(post("/admin/reporting/templates").with(as(admin)).with(csrf())
                        .param("code", "OWES_YEARLY").param("name", "Sprawozdanie roczne").param("periodType", "YEAR")
                        .param("deadlineDays", "60")
                        .param("indicators", "PES_SUPPORTED | PES objęte wsparciem | szt. | INTEGER | SUM |\n")
                        .param("rules", "PES_SUPPORTED >= 0 |OK\nPES_SUPPORTED >= PES_NEW | Nowe nie więcej niż wszystkie\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("[2] Nieznany kod wskaźnika liczbowego PES_NEW na pozycji 18.")));
        mvc.perform(post("/admin/reporting/templates").with(as(admin)).with(csrf())
                        .param("code", "OWES_YEARLY").param("name", "Sprawozdanie roczne").param("periodType", "YEAR")
                        .param("deadlineDays", "60")
                        .param("indicators", "PES_SUPPORTED | PES objęte wsparciem | szt. | INTEGER | SUM |\n")
                        .param("rules", "PES_SUPPORTED >= 0 | Liczba nieujemna\n"))
                .andExpect(redirectedUrl("/admin/reporting/templates"));
    }
}
