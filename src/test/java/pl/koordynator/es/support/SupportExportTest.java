package pl.koordynator.es.support;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.domain.SupportInput;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupportExportTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;

    @Test
    void anAdviserAndNotesTypedLikeAFormulaAreTextCellsOfTheXlsxAndTheTotalsStayNumbers() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Pomorze Północne");
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Razem");
        fixtures.record(fixtures.admin(), new SupportInput(pes.id(), owes.id(), "@SUM(1+1)", "2025-03-07", "2.5",
                SupportForm.CONSULTING.name(), SupportTopic.LEGAL.name(), "-2+3", null));

        byte[] xlsx = mvc.perform(get("/support/export.xlsx").with(user(users.principal(fixtures.admin()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"wsparcie-" + LocalDate.now()
                        + ".xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            Cell adviser = rows.get(1).getCell(3);
            assertThat(adviser.getType()).isEqualTo(CellType.STRING);
            assertThat(adviser.getText()).isEqualTo("@SUM(1+1)");
            Cell notes = rows.get(1).getCell(7);
            assertThat(notes.getType()).isEqualTo(CellType.STRING);
            assertThat(notes.getText()).isEqualTo("-2+3");
            assertThat(rows.get(1).getCellAsDate(0).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 7));
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Razem");
            assertThat(rows.get(2).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2.5");
        }
    }
}
