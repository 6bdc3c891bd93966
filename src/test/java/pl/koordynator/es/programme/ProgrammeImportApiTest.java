package pl.koordynator.es.programme;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Targets and manual values from CSV or XLSX: a dry run with a row report first, then all or nothing. */
class ProgrammeImportApiTest extends IntegrationTest {

    private long programme;

    @BeforeEach
    void programme() throws Exception {
        String body = """
                {"name": "WPRES", "startYear": 2023, "endYear": 2030, "status": "IN_FORCE",
                 "nodes": [{"code": "P1", "name": "Priorytet", "children": [{"code": "C1", "name": "Cel",
                   "children": [{"code": "A1", "name": "Działanie", "indicators": [
                     {"code": "W1", "name": "Biznesplany", "unit": "szt.", "source": "MANUAL",
                      "targets": [{"year": 2030, "value": 40}]},
                     {"code": "W2", "name": "Porozumienia", "unit": "szt.", "source": "MANUAL"},
                     {"code": "W3", "name": "PES wspierane", "unit": "PES", "source": "COMPUTED",
                      "measure": "%s"}]}]}]}]}""".formatted(StandInSupportMeasures.PES_SUPPORTED);
        String created = mvc.perform(post("/api/v1/programme/programmes").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        programme = JsonPath.<Number>read(created, "$.id").longValue();
    }

    private ResultActions upload(String name, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/programme/programmes/{id}/import", programme)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("dryRun", String.valueOf(dryRun)).with(users.as(Role.ADMIN)));
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private String targets(String code) {
        return jdbc.sql("""
                select string_agg(t.year || '=' || trim(trailing '.' from trim(trailing '0' from t.value::text)), ','
                    order by t.year)
                from programme_target t join programme_indicator i on i.id = t.indicator_id
                where i.programme_id = :p and i.code = :c""")
                .param("p", programme).param("c", code).query(String.class).single();
    }

    private long values() {
        return jdbc.sql("select count(*) from programme_value").query(Long.class).single();
    }

    private static final String GOOD = """
            wskaźnik;okres;typ;wartość;dowód;komentarz
            W1;2026;CEL;15;;
            W2;2024;WARTOŚĆ;7;Porozumienia 1–7/2024, rejestr umów ROPS;z rejestru
            W1;2030;cel;40,5;;
            """;

    @Test
    void aDryRunReportsEveryRowAndWritesNothingThenTheImportWritesTargetsAndApprovedValues() throws Exception {
        upload("plan.csv", csv(GOOD), true).andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true)).andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.targets").value(2)).andExpect(jsonPath("$.values").value(1))
                .andExpect(jsonPath("$.rows[*].row", contains(2, 3, 4)))
                .andExpect(jsonPath("$.rows[*].type", contains("TARGET", "VALUE", "TARGET")));
        assertThat(targets("W1")).isEqualTo("2030=40");
        assertThat(values()).isZero();

        upload("plan.csv", csv(GOOD), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true));
        assertThat(targets("W1")).isEqualTo("2026=15,2030=40.5");
        assertThat(jdbc.sql("select state from programme_value").query(String.class).single()).isEqualTo("APPROVED");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/programme/programmes/{id}?year=2024", programme).with(users.as(Role.COMMITTEE)))
                .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[1].actual").value(7));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ProgrammeIndicator'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWithEveryProblemAndNothingIsWritten() throws Exception {
        String bad = GOOD + """
                W9;2025;CEL;1;;
                W1;2031;CEL;2;;
                W3;2024;WARTOSC;5;Protokół;
                W2;2025;WARTOSC;abc;;
                W2;2025;PLAN;3;Protokół;
                """;
        upload("plan.csv", csv(bad), false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].row", contains(5, 6, 7, 8, 8, 9)))
                .andExpect(jsonPath("$.problems[*].field",
                        contains("indicator", "period", "indicator", "value", "evidence", "type")))
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Wskaźnika o kodzie „W9” nie ma w tej wersji programu."));
        assertThat(targets("W1")).isEqualTo("2030=40");
        assertThat(values()).isZero();

        upload("plan.pdf", "%PDF-1.7\u0000".getBytes(StandardCharsets.ISO_8859_1), true)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        upload("plan.csv", csv("kod;nazwa\nW1;x\n"), true)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void anXlsxFileIsReadLikeACsv() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Plan");
            String[] header = {"indicator", "period", "type", "value", "evidence"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, "W1");
            sheet.value(1, 1, 2027);
            sheet.value(1, 2, "TARGET");
            sheet.value(1, 3, 22);
            sheet.value(2, 0, "W2");
            sheet.value(2, 1, "2025Q2");
            sheet.value(2, 2, "VALUE");
            sheet.value(2, 3, 2.5);
            sheet.value(2, 4, "https://rops.example.pl/porozumienia");
        }
        upload("plan.xlsx", bytes.toByteArray(), false).andExpect(status().isOk())
                .andExpect(jsonPath("$.written").value(true)).andExpect(jsonPath("$.targets").value(1))
                .andExpect(jsonPath("$.values").value(1));
        assertThat(targets("W1")).isEqualTo("2027=22,2030=40");
        assertThat(jdbc.sql("select year || 'Q' || quarter || '=' || value from programme_value").query(String.class)
                .single()).isEqualTo("2025Q2=2.5000");
    }
}
