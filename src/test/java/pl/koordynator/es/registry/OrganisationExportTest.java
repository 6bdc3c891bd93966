package pl.koordynator.es.registry;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register's downloads show what people typed as text, never as a formula a spreadsheet runs. */
class OrganisationExportTest extends IntegrationTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x\";\"y\")";
    private static final String PHONE = "+48 58 123 45 67";
    private static final String ATTACHMENT = "attachment; filename=\"rejestr-organizacji-";

    @Test
    void anOrganisationNamedLikeAFormulaIsPlainTextInTheCsvAndTheXlsx() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "=HYPERLINK(\\"http://x\\";\\"y\\")", "kind": "SOCIAL_COOPERATIVE",
                                 "gminaTeryt": "2261011", "phone": "%s", "employees": 12}""".formatted(PHONE)))
                .andExpect(status().isCreated());

        byte[] csv = mvc.perform(get("/organisations/export.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", startsWith(ATTACHMENT)))
                .andReturn().getResponse().getContentAsByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("Nazwa")).isEqualTo("'" + FORMULA);
        assertThat(records.get(0).get("Telefon")).isEqualTo("'" + PHONE);
        assertThat(records.get(0).get("Zatrudnieni")).isEqualTo("12");

        byte[] xlsx = mvc.perform(get("/organisations/export.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith(ATTACHMENT)))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(Cell::getText).toList();
            Cell name = rows.get(1).getCell(header.indexOf("Nazwa"));
            assertThat(name.getType()).isEqualTo(CellType.STRING);
            assertThat(name.getText()).isEqualTo(FORMULA);
            assertThat(rows.get(1).getCell(header.indexOf("Telefon")).getText()).isEqualTo(PHONE);
            assertThat(rows.get(1).getCell(header.indexOf("Zatrudnieni")).getType()).isEqualTo(CellType.NUMBER);
        }
    }
}
