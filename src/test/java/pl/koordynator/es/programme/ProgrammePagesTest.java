package pl.koordynator.es.programme;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.ManualValueView;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.programme.domain.ValueState;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProgrammePagesTest extends IntegrationTest {

    private static final Pattern TREE_ROW = Pattern.compile("<tr class=\"([^\"]+)\" data-code=\"([^\"]+)\" data-kind=\"([^\"]+)\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"text-end text-nowrap[^\"]*\">([^<]*)</td>");

    @Autowired
    ProgrammePagesFixtures fixtures;

    @Autowired
    IndicatorService indicators;

    private final int year = LocalDate.now().getYear();

    @Test
    void theTreePageAndTheReportsXlsxShowTheSameRowsAndFigures() throws Exception {
        ProgrammeView programme = fixtures.programme();
        fixtures.supportedThisYear();

        String html = mvc.perform(get("/programme/{id}", programme.id()).param("year", String.valueOf(year))
                .with(users.as(Role.COMMITTEE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String[]> pageRows = new ArrayList<>();
        Matcher row = TREE_ROW.matcher(html);
        while (row.find()) {
            pageRows.add(new String[] {row.group(2), row.group(3), row.group(4)});
        }
        assertThat(pageRows).extracting(r -> r[0]).containsExactly("1", "1.1", "1.1.1", "W1", "W2", "W3");
        assertThat(html.replace('\u00a0', ' ')).contains(ProgrammePagesFixtures.SUPPORTED)
                .contains("Budżet: planowany 250 000 zł, wydatkowany 123 456,78 zł")
                .contains("report.pdf?year=" + year).contains("report.xlsx?year=" + year);

        byte[] xlsx = mvc.perform(get("/programme/{id}/report.xlsx", programme.id()).param("year", String.valueOf(year))
                .with(users.as(Role.OWES))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = 0;
            while (!"Poziom".equals(text(sheet.getRow(header), 0))) {
                header++;
            }
            assertThat(sheet.getLastRowNum() - header).isEqualTo(pageRows.size());
            for (int i = 0; i < pageRows.size(); i++) {
                Row cells = sheet.getRow(header + 1 + i);
                assertThat(text(cells, 1)).isEqualTo(pageRows.get(i)[0]);
                if (pageRows.get(i)[1].equals("INDICATOR")) {
                    Matcher numbers = CELL.matcher(pageRows.get(i)[2]);
                    List<String> shown = new ArrayList<>();
                    while (numbers.find()) {
                        shown.add(numbers.group(1).strip());
                    }
                    // target, actual, cumulative, final target as the page writes them (1 234,5; – for none)
                    assertThat(shown.subList(0, 4)).containsExactly(polish(cells.getCell(6)), polish(cells.getCell(7)),
                            polish(cells.getCell(8)), polish(cells.getCell(9)));
                }
            }
            Row supported = sheet.getRow(header + 4);
            assertThat(text(supported, 1)).isEqualTo("W1");
            assertThat(supported.getCell(7).getNumericCellValue()).isEqualTo(3.0);
        }
        byte[] pdf = mvc.perform(get("/api/v1/programme/report.pdf").param("programmeId", String.valueOf(programme.id()))
                .param("year", String.valueOf(year)).with(users.as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Doradztwo dla spółdzielni socjalnych w Łebie i Żukowie");
        }
    }

    @Test
    void theIndicatorPageShowsTheSeriesItsProvenanceAndTheValuesByPowiat() throws Exception {
        ProgrammeView programme = fixtures.programme();
        fixtures.supportedThisYear();
        long supported = fixtures.indicatorId(programme, "W1");

        String html = mvc.perform(get("/programme/indicators/{id}", supported).with(users.as(Role.OWES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"series-chart\"").contains("data-series=").contains("id=\"series-table\"")
                .contains("support.pes-supported").contains("data-period=\"" + year + "\"");
        assertThat(html).contains("id=\"powiat-map\"").contains("/api/v1/territory/boundaries?level=powiat");
        Matcher gdansk = Pattern.compile("Gdańsk</a></th>\\s*<td>2261</td>\\s*<td class=\"text-end\">([^<]*)</td>")
                .matcher(html);
        assertThat(gdansk.find()).isTrue();
        assertThat(gdansk.group(1)).isEqualTo("2");
        // the powiats where nothing was counted show 0 in the lightest class, the two with PES supported stand out
        assertThat(html).containsPattern("shade-2\" aria-hidden=\"true\"></span>\\s*<a href=\"/map/powiat/2261\">")
                .containsPattern("shade-1\" aria-hidden=\"true\"></span>\\s*<a href=\"/map/powiat/2262\">")
                .containsPattern("shade-0\" aria-hidden=\"true\"></span>\\s*<a href=\"/map/powiat/2201\">bytowski</a></th>\\s*<td>2201</td>\\s*<td class=\"text-end\">0</td>");
        assertThat(html).doesNotContain("id=\"enter-value\"");
    }

    @Test
    void visitorsSeeOnlyThePublicIndicatorsOfProgrammesInForce() throws Exception {
        ProgrammeView programme = fixtures.programme();

        String list = mvc.perform(get("/programme/progress")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(ProgrammePagesFixtures.PROGRAMME);
        String page = mvc.perform(get("/programme/progress/{id}", programme.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(ProgrammePagesFixtures.SUPPORTED, ProgrammePagesFixtures.PROMOTION)
                .doesNotContain(ProgrammePagesFixtures.INTERNAL).doesNotContain("/programme/indicators/");
        String asRops = mvc.perform(get("/programme/progress/{id}", programme.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asRops).doesNotContain(ProgrammePagesFixtures.INTERNAL);
        mvc.perform(get("/programme/{id}", programme.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void aManualValueWithoutEvidenceOrWithAWordForANumberIsRefusedBesideItsField() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long promotion = fixtures.indicatorId(programme, "W2");

        String missing = mvc.perform(post("/programme/indicators/{id}/values", promotion).with(csrf())
                .with(users.as(Role.OWES)).param("period", String.valueOf(year)).param("value", "3")
                .param("evidence", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("id=\"evidence-error\"").contains("aria-invalid=\"true\"");
        String word = mvc.perform(post("/programme/indicators/{id}/values", promotion).with(csrf())
                .with(users.as(Role.OWES)).param("period", String.valueOf(year)).param("value", "trzy")
                .param("evidence", "Protokół")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(word).contains("id=\"value-error\"").contains("Wartość: wpisz liczbę, np. 12 albo 1 234,5.");
        assertThat(manualValues(promotion)).isEmpty();

        mvc.perform(post("/programme/indicators/{id}/values", promotion).with(csrf()).with(users.as(Role.OWES))
                .param("period", String.valueOf(year)).param("value", "1 234,5").param("evidence", "Protokół nr 3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programme/indicators/" + promotion + "/values"));
        assertThat(manualValues(promotion)).singleElement().satisfies(value -> {
            assertThat(value.value()).isEqualByComparingTo("1234.5");
            assertThat(value.state()).isEqualTo(ValueState.PENDING);
        });
    }

    @Test
    void ropsApprovesOrRejectsWithAReasonAndSeesTheQueueOnItsDashboard() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long promotion = fixtures.indicatorId(programme, "W2");
        ManualValueView first = fixtures.pendingValue(promotion, String.valueOf(year), "2");
        ManualValueView second = fixtures.pendingValue(promotion, String.valueOf(year - 1), "5");

        Map<String, PanelCards.Card> cards = PanelCards.of(mvc, users.as(Role.ADMIN));
        assertThat(cards.get("rops-programme-values-waiting").count()).isEqualTo(2);
        assertThat(cards.get("rops-programme-off-track")).isNotNull();
        assertThat(PanelCards.of(mvc, users.as(Role.OWES))).doesNotContainKey("rops-programme-values-waiting");

        String queue = mvc.perform(get("/admin/programme/approvals").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("data-value=\"" + first.id() + "\"", "data-value=\"" + second.id() + "\"");

        mvc.perform(post("/admin/programme/approvals/{id}", second.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("decision", "reject").param("version", String.valueOf(second.version())))
                .andExpect(redirectedUrl("/admin/programme/approvals"));
        assertThat(state(promotion, second.id())).isEqualTo(ValueState.PENDING);
        mvc.perform(post("/admin/programme/approvals/{id}", first.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("decision", "approve").param("version", String.valueOf(first.version())))
                .andExpect(redirectedUrl("/admin/programme/approvals"));
        mvc.perform(post("/admin/programme/approvals/{id}", second.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("decision", "reject").param("reason", "Brak podpisu na protokole")
                .param("version", String.valueOf(second.version())))
                .andExpect(redirectedUrl("/admin/programme/approvals"));
        assertThat(state(promotion, first.id())).isEqualTo(ValueState.APPROVED);
        assertThat(state(promotion, second.id())).isEqualTo(ValueState.REJECTED);
        assertThat(PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-programme-values-waiting").count()).isZero();
    }

    @Test
    void theCommitteeSeesEachProgrammeInForceWithItsProgress() throws Exception {
        ProgrammeView programme = fixtures.programme();

        PanelCards.Card card = PanelCards.of(mvc, users.as(Role.COMMITTEE)).get("committee-programme-progress");

        assertThat(card).isNotNull();
        assertThat(card.items()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo(ProgrammePagesFixtures.PROGRAMME);
            assertThat(item.url()).isEqualTo("/programme/" + programme.id() + "?year=" + year);
        });
    }

    @Test
    void thresholdsAreSavedAndAWrongOneIsNamed() throws Exception {
        String wrong = mvc.perform(post("/admin/programme/settings").with(csrf()).with(users.as(Role.ADMIN))
                .param("onTrack", "dziewięćdziesiąt").param("atRisk", "70").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"onTrack-error\"");
        String form = mvc.perform(get("/admin/programme/settings").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();
        mvc.perform(post("/admin/programme/settings").with(csrf()).with(users.as(Role.ADMIN))
                .param("onTrack", "85").param("atRisk", "60,5").param("version", version.group(1)))
                .andExpect(redirectedUrl("/admin/programme/settings"));
        String saved = mvc.perform(get("/admin/programme/settings").with(users.as(Role.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(saved).containsPattern("id=\"onTrack\" name=\"onTrack\"\\s+value=\"85\"")
                .containsPattern("id=\"atRisk\" name=\"atRisk\"\\s+value=\"60,5\"");
    }

    @Test
    void anImportIsCheckedFirstAndWrittenOnlyWhenConfirmed() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long promotion = fixtures.indicatorId(programme, "W2");
        String csv = "\uFEFFwskaźnik;okres;typ;wartość;dowód;komentarz\nW2;" + year + ";CEL;9;;\nW2;" + (year - 1)
                + ";WARTOŚĆ;3;Protokół 3/" + (year - 1) + ";\n";
        var file = new org.springframework.mock.web.MockMultipartFile("file", "plan.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        String report = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/admin/programme/{id}/import", programme.id()).file(file).with(csrf())
                .with(users.as(Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(report).contains("id=\"import-rows\"").contains("Plik jest poprawny: 1 celów i 1 wartości do zapisania.")
                .contains("id=\"confirm-import\"");
        assertThat(manualValues(promotion)).isEmpty();
        Matcher content = Pattern.compile("name=\"content\" value=\"([^\"]+)\"").matcher(report);
        assertThat(content.find()).isTrue();

        mvc.perform(post("/admin/programme/{id}/import", programme.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("content", org.springframework.web.util.HtmlUtils.htmlUnescape(content.group(1))).param("fileName", "plan.csv").param("confirm", "true"))
                .andExpect(redirectedUrl("/admin/programme/" + programme.id() + "/import"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("importedTargets", 1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("importedValues", 1));
        assertThat(manualValues(promotion)).singleElement()
                .satisfies(value -> assertThat(value.value()).isEqualByComparingTo("3"));

        var wrong = new org.springframework.mock.web.MockMultipartFile("file", "plan.csv", "text/csv",
                ("wskaźnik;okres;typ;wartość;dowód;komentarz\nW9;" + year + ";CEL;abc;;\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/admin/programme/{id}/import", programme.id()).file(wrong).with(csrf())
                .with(users.as(Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("Plik ma błędy – nic nie zapisano.").doesNotContain("id=\"confirm-import\"");
    }

    @Test
    void everyProgrammePageIsValidHtml() throws Exception {
        ProgrammeView programme = fixtures.programme();
        fixtures.supportedThisYear();
        long supported = fixtures.indicatorId(programme, "W1");
        long promotion = fixtures.indicatorId(programme, "W2");
        fixtures.pendingValue(promotion, String.valueOf(year), "2");
        var checker = pl.koordynator.es.testing.HtmlChecker.get();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/programme", "/programme/" + programme.id(), "/programme/indicators/" + supported,
                "/programme/indicators/" + promotion, "/programme/indicators/" + promotion + "/values",
                "/programme/progress", "/programme/progress/" + programme.id(), "/admin/programme/approvals",
                "/admin/programme/settings", "/admin/programme/" + programme.id() + "/import", "/panel")) {
            var response = mvc.perform(get(path).with(users.as(Role.ADMIN))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            checker.errors(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .forEach(error -> problems.add(path + " " + error));
        }
        String committee = mvc.perform(get("/panel").with(users.as(Role.COMMITTEE))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        checker.errors(committee).forEach(error -> problems.add("/panel (committee) " + error));
        assertThat(problems).isEmpty();
    }

    private List<ManualValueView> manualValues(long indicatorId) {
        users.signIn(users.create("reader-" + System.nanoTime(), Role.ADMIN));
        try {
            return indicators.manualValues(indicatorId);
        } finally {
            users.signOut();
        }
    }

    private ValueState state(long indicatorId, long valueId) {
        return manualValues(indicatorId).stream().filter(v -> v.id() == valueId).findFirst().orElseThrow().state();
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
    }

    private static String polish(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "–";
        }
        return java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("pl-PL"))
                .format(new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros());
    }
}
