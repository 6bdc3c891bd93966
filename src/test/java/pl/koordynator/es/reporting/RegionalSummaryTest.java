package pl.koordynator.es.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The regional summary report: the page, the XLSX and the PDF carry the totals of the approved reports. */
class RegionalSummaryTest extends IntegrationTest {

    @Autowired
    ReportingFixtures fixtures;

    OrganisationView north;
    OrganisationView south;
    UserView northStaff;
    UserView southStaff;
    UserView admin;

    @BeforeEach
    void twoOwesWithReports() throws Exception {
        fixtures.forget();
        north = fixtures.owes("OWES Pomorze Północne");
        south = fixtures.owes("OWES Pomorze Południowe");
        northStaff = fixtures.staff(north);
        southStaff = fixtures.staff(south);
        admin = fixtures.admin();
        fixtures.subregion("Subregion słupski", north.id(), "2201", "2263");
        fixtures.subregion("Subregion metropolitalny", south.id(), "2261");
        report(north, northStaff, "2025Q1", 12, 4, true);
        report(north, northStaff, "2025Q2", 8, 2, true);
        report(south, southStaff, "2025Q1", 20, 5, true);
        report(south, southStaff, "2025Q2", 30, 9, false);
    }

    @Test
    void theXlsxAndThePdfCarryTheSameTotalsAsTheAggregateApi() throws Exception {
        String aggregate = mvc.perform(get("/api/v1/reporting/aggregate").param("template", "OWES_QUARTERLY")
                        .param("period", "2025H1").param("level", "region").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // only approved reports count: 12 + 8 + 20, not the submitted 30
        assertThat(((Number) JsonPath.read(aggregate, "$.rows[0].values.PES_SUPPORTED")).intValue()).isEqualTo(40);

        byte[] xlsx = mvc.perform(get("/reporting/summary.xlsx").param("period", "2025H1").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Region", "Subregiony", "Porównanie OWES");
            List<Row> region = sheets.get(0).read();
            Row header = region.stream().filter(r -> "Nazwa".equals(r.getCellText(0))).findFirst().orElseThrow();
            int column = column(header, "PES_SUPPORTED");
            assertThat(region.get(region.indexOf(header) + 1).getCellAsNumber(column)).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(40)));
            List<Row> owes = sheets.get(2).read();
            assertThat(owes.stream().filter(r -> r.getCellText(0).startsWith("OWES Pomorze"))).hasSize(2);
            Row northRow = owes.stream().filter(r -> "OWES Pomorze Północne".equals(r.getCellText(0))).findFirst()
                    .orElseThrow();
            assertThat(northRow.getCellAsNumber(column)).hasValueSatisfying(
                    v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(20)));
            List<Row> subregions = sheets.get(1).read();
            assertThat(subregions.stream().map(r -> r.getCellText(0)).toList())
                    .contains("Subregion słupski", "Subregion metropolitalny");
        }

        byte[] pdf = mvc.perform(get("/reporting/summary.pdf").param("period", "2025H1").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Raport zbiorczy OWES").contains("2025H1").contains("Porównanie OWES")
                    .contains("OWES Pomorze Północne").contains("40").contains("Subregion metropolitalny");
        }
    }

    @Test
    void everyTransitionIsEMailedToTheOtherSideThroughTheMailServer() {
        // submitted: ROPS hears of it; approved: the OWES's staff does
        MailServer.Mail submitted = MailServer.awaitMail(mail -> mail.to().contains(admin.email())
                && mail.subject().contains("Sprawozdanie OWES 2025Q2 złożone"));
        assertThat(submitted.text()).contains("2025Q2");
        MailServer.Mail approved = MailServer.awaitMail(mail -> mail.to().contains(northStaff.email())
                && mail.subject().contains("Sprawozdanie OWES 2025Q1 zatwierdzone"));
        assertThat(approved.subject()).startsWith("[Koordynator ES] ");
        assertThat(MailServer.received()).noneMatch(mail -> mail.to().contains(southStaff.email())
                && mail.subject().contains("2025Q2 zatwierdzone"));
    }

    @Test
    void thePageShowsRegionTrendComparisonAndForRopsWhoIsLate() throws Exception {
        mvc.perform(get("/reporting/summary").param("period", "2025Q2").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Porównanie OWES")))
                .andExpect(content().string(containsString("id=\"completeness-table\"")))
                .andExpect(content().string(containsString("Złożone")))
                .andExpect(content().string(containsString("data-chart")));
        // an OWES sees the regional figures of approved reports, not who else is late
        mvc.perform(get("/reporting/summary").param("period", "2025Q2").with(as(northStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"region-table\"")))
                .andExpect(content().string(not(containsString("id=\"completeness-table\""))));
        mvc.perform(get("/reporting/summary").param("period", "2025X9").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Okres zapisuje się jako 2025Q1, 2025H1 lub 2025.")))
                .andExpect(content().string(containsString("value=\"2025X9\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/reporting/summary.xlsx").param("period", "2025X9").with(as(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSummaryOpensOnTheLatestPeriodWithApprovedReports() throws Exception {
        // a later quarter with a report submitted but not approved yet has nothing to sum
        report(north, northStaff, "2025Q3", 5, 1, false);
        mvc.perform(get("/reporting/summary").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Region – 2025Q2")))
                .andExpect(content().string(containsString("value=\"2025Q2\"")));
        byte[] xlsx = mvc.perform(get("/reporting/summary.xlsx").with(as(northStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCellText(0)).endsWith("2025Q2");
        }
    }

    private void report(OrganisationView owes, UserView staff, String period, int pesSupported, int pesNew,
            boolean approve) throws Exception {
        String body = mvc.perform(json(post("/api/v1/reporting/reports").with(as(staff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"%s\"}"
                                .formatted(owes.id(), period)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(staff)), """
                {"values": {"PES_SUPPORTED": %d, "PES_NEW": %d, "SE_NEW": 1, "JOBS_CREATED": 4, "JOBS_AT_RISK": 2,
                 "CONSULTING_HOURS": 10, "TRAININGS": 2, "TRAINING_PARTICIPANTS": 25, "JST_COOPERATING": 3,
                 "PARTNERSHIPS": 1}}""".formatted(pesSupported, pesNew))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/submit").with(as(staff)), "{}"))
                .andExpect(status().isOk());
        if (approve) {
            mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/approve").with(as(admin)), "{}"))
                    .andExpect(status().isOk());
        }
    }

    private static int column(Row header, String code) {
        for (int c = 0; c < header.getCellCount(); c++) {
            if (header.getCellText(c).contains("(" + code + ")")) {
                return c;
            }
        }
        throw new AssertionError("no column " + code);
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
