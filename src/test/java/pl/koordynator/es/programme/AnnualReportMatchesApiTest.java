package pl.koordynator.es.programme;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's XLSX, read back, says for every indicator what the API says of the same
 * programme and year: target, value in the year, cumulative value, final target and status.
 */
class AnnualReportMatchesApiTest extends IntegrationTest {

    @Autowired
    ProgrammePagesFixtures fixtures;

    @Autowired
    MessageSource messages;

    private final int year = LocalDate.now().getYear();

    @Test
    void everyIndicatorRowOfTheXlsxHoldsTheApisFigures() throws Exception {
        ProgrammeView programme = fixtures.programme();
        fixtures.supportedThisYear();

        String json = mvc.perform(get("/api/v1/programme/programmes/{id}", programme.id())
                .param("year", String.valueOf(year)).with(users.as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> indicators = JsonPath.read(json, "$.progress..indicators[*]");
        assertThat(indicators).extracting(i -> i.get("code")).containsExactlyInAnyOrder("W1", "W2", "W3");

        byte[] xlsx = mvc.perform(get("/api/v1/programme/report.xlsx").param("programmeId", String.valueOf(programme.id()))
                .param("year", String.valueOf(year)).with(users.as(Role.COMMITTEE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, Row> rowsByCode = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Cell code = row.getCell(1);
                if (code != null && code.getCellType() == CellType.STRING) {
                    rowsByCode.put(code.getStringCellValue(), row);
                }
            }
            for (Map<String, Object> indicator : indicators) {
                Row row = rowsByCode.get((String) indicator.get("code"));
                assertThat(row).as("row of %s", indicator.get("code")).isNotNull();
                assertThat(number(row.getCell(6))).as("target").isEqualTo(decimal(indicator.get("target")));
                assertThat(number(row.getCell(7))).as("actual").isEqualTo(decimal(indicator.get("actual")));
                assertThat(number(row.getCell(8))).as("cumulative").isEqualTo(decimal(indicator.get("cumulative")));
                assertThat(number(row.getCell(9))).as("final target").isEqualTo(decimal(indicator.get("finalTarget")));
                assertThat(row.getCell(11).getStringCellValue()).as("status").isEqualTo(messages.getMessage(
                        "programme.page.status." + indicator.get("status"), null, Locale.forLanguageTag("pl")));
            }
        }
        Row supported = rowsByCode.get("W1");
        assertThat(supported.getCell(7).getNumericCellValue()).isEqualTo(3.0);
    }

    private static BigDecimal number(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }
}
