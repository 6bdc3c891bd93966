package pl.koordynator.es.territory.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.TerritoryFiles;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Units are shared by every test, so each test that changes them imports the real file again at the end. */
class TercImporterTest extends IntegrationTest {

    private static final byte[] UTF8 = TerritoryFiles.read("TERC_pomorskie.csv");
    private static final byte[] CP1250 = TerritoryFiles.read("TERC_pomorskie_cp1250.csv");
    /** 187 lines: header, voivodeship, 20 powiats, 123 gminas and 21 × 2 town/rural parts. */
    private static final int TOWN_AND_RURAL_PARTS = 42;

    @Autowired
    TercImporter importer;

    @Autowired
    Territory territory;

    @BeforeEach
    void signInAsAdmin() {
        users.signIn(users.create("terc-admin-" + System.nanoTime(), Role.ADMIN));
    }

    @AfterEach
    void restoreTheOfficialUnits() {
        importer.importAtStartup(UTF8);
        users.signOut();
    }

    @Test
    void theShippedFileAgainChangesNothing() {
        TercImportResult result = importer.importFile(UTF8);

        assertThat(result).isEqualTo(new TercImportResult(0, 0, 144, 0, TOWN_AND_RURAL_PARTS, List.of()));
    }

    @Test
    void utf8WithBomAndWindows1250GiveIdenticalUnits() {
        Map<String, Unit> before = snapshot();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + UTF8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(UTF8, 0, withBom, bom.length, UTF8.length);

        TercImportResult fromBom = importer.importFile(withBom);
        assertThat(snapshot()).isEqualTo(before);
        TercImportResult fromCp1250 = importer.importFile(CP1250);
        assertThat(snapshot()).isEqualTo(before);

        assertThat(fromBom).isEqualTo(new TercImportResult(0, 0, 144, 0, TOWN_AND_RURAL_PARTS, List.of()));
        assertThat(fromCp1250).isEqualTo(fromBom);
        assertThat(TercImporter.decode(CP1250)).isEqualTo(new String(UTF8, StandardCharsets.UTF_8));
    }

    @Test
    void renamedGminaIsUpdatedAndRemovedGminaBecomesHistorical() {
        String modified = new String(UTF8, StandardCharsets.UTF_8)
                .replace("22;01;01;2;Borzytuchom;", "22;01;01;2;Borzytuchom Nowy;")
                .replace("22;01;03;2;Czarna Dąbrówka;gmina wiejska;2025-01-01\n", "");

        TercImportResult result = importer.importFile(modified.getBytes(StandardCharsets.UTF_8));

        assertThat(result.added()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(142);
        assertThat(result.markedHistorical()).isEqualTo(1);
        assertThat(territory.find("2201012")).map(Unit::name).contains("Borzytuchom Nowy");
        Unit gone = territory.find("2201032").orElseThrow();
        assertThat(gone.historical()).isTrue();
        assertThat(territory.units(Level.GMINA, "2201")).extracting(Unit::teryt).doesNotContain("2201032");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'TerritorialUnit'")
                .query(Long.class).single()).isEqualTo(2);

        TercImportResult restored = importer.importFile(UTF8);
        assertThat(restored.updated()).isEqualTo(2);
        assertThat(territory.find("2201032")).map(Unit::historical).contains(false);
    }

    @Test
    void malformedRowsAreListedWithTheirLineNumbers() {
        String withErrors = new String(UTF8, StandardCharsets.UTF_8)
                + "22;01;99;7;Zła;gmina;2025-01-01\n"
                + "2X;;;;Nigdzie;województwo;2025-01-01\n"
                + "22;01;98;2;;gmina wiejska;2025-01-01\n"
                + "24;01;01;1;Katowice;gmina miejska;2025-01-01\n";

        TercImportResult result = importer.importFile(withErrors.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).extracting(TercImportResult.RowProblem::row).containsExactly(188L, 189L, 190L);
        assertThat(result.problems().get(0).message()).contains("22;01;99;7");
        assertThat(result.skipped()).isEqualTo(TOWN_AND_RURAL_PARTS + 1);
        assertThat(result.unchanged()).isEqualTo(144);
    }

    @Test
    void aFileThatIsNotTercIsRejectedAndChangesNothing() throws Exception {
        Map<String, Unit> before = snapshot();
        byte[] notTerc = "level,teryt,name\ngmina,2201012,Borzytuchom\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFile(notTerc)).isInstanceOf(ImportRejectedException.class);
        mvc.perform(multipart("/api/v1/territory/terc").file(new MockMultipartFile("file", "x.csv", "text/csv", notTerc))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("TERC")));

        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'TerritorialUnit'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileWithoutTheRegionIsRejected() {
        byte[] otherRegion = "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n24;;;;ŚLĄSKIE;województwo;2025-01-01\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importFile(otherRegion)).isInstanceOf(ImportRejectedException.class);
        assertThat(territory.units(Level.GMINA, null)).hasSize(123);
    }

    @Test
    void theApiAnswersWithTheCounts() throws Exception {
        mvc.perform(multipart("/api/v1/territory/terc").file(new MockMultipartFile("file", "terc.csv", "text/csv", CP1250))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(144))
                .andExpect(jsonPath("$.skipped").value(TOWN_AND_RURAL_PARTS))
                .andExpect(jsonPath("$.problems").isEmpty());
    }

    private Map<String, Unit> snapshot() {
        return jdbc.sql("select * from territorial_unit order by teryt").query(UnitRepository::row).list().stream()
                .collect(java.util.stream.Collectors.toMap(Unit::teryt, unit -> unit));
    }
}
