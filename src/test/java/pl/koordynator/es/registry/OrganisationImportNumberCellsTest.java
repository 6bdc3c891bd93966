package pl.koordynator.es.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A register kept in Excel: whoever types KRS 0000123456 in a cell formatted as a number sees
 * 123456, and the file holds that number. The import gives such identifiers their zeros back.
 */
class OrganisationImportNumberCellsTest extends IntegrationTest {

    // valid numbers that start with zeros: NIP and REGON check digits computed by hand for these prefixes
    static final String NIP = "0123456789";
    static final String REGON = "012345675";
    static final String KRS = "0000123456";

    @Test
    void identifiersInNumberCellsKeepTheirLeadingZeros() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Fundacja Zero");
            row.createCell(1).setCellValue("NGO");
            row.createCell(2).setCellValue(Double.parseDouble(NIP));
            row.createCell(3).setCellValue(Double.parseDouble(REGON));
            row.createCell(4).setCellValue(Double.parseDouble(KRS));
            row.createCell(5).setCellValue(2261011);
        });

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .param("mode", "all").param("dryRun", "false").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql("select nip || '/' || regon || '/' || krs || '/' || gmina_teryt from organisation")
                .query(String.class).single()).isEqualTo(NIP + "/" + REGON + "/" + KRS + "/2261011");
    }

    @Test
    void aNumberTypedAsTextIsTakenAsTyped() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Fundacja Tekst");
            row.createCell(1).setCellValue("NGO");
            // a text cell shows what the person typed: a KRS of six digits is a mistake to report, not to fill in
            row.createCell(4).setCellValue("123456");
            row.createCell(5).setCellValue("2261011");
        });

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/octet-stream", xlsx)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("krs"));
    }

    private static byte[] workbook(java.util.function.Consumer<Sheet> data) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Rejestr");
            Row header = sheet.createRow(0);
            String[] titles = {"Nazwa", "Rodzaj", "NIP", "REGON", "KRS", "Gmina"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            data.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
