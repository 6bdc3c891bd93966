package pl.koordynator.es.registry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ZipBombs;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register import's own upload limit and its check of an XLSX before anything unpacks it. */
class OrganisationImportLimitsTest extends IntegrationTest {

    static final int LIMIT = 50 * 1024 * 1024;
    static final String TOO_LARGE = "Plik jest za duży: najwyżej 50 MB.";
    static final String BOMB = "Plik po rozpakowaniu jest za duży lub podejrzanie silnie skompresowany "
            + "(najwyżej 250 MB po rozpakowaniu, stopień kompresji do 100:1). Zapisz go ponownie w arkuszu kalkulacyjnym.";

    long stored() {
        return jdbc.sql("select (select count(*) from organisation) + (select count(*) from organisation_import)")
                .query(Long.class).single();
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedNamingTheFileAndNothingIsStored() throws Exception {
        byte[] over = ImportFiles.paddedCsv(LIMIT + 1);

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.csv",
                        "text/csv", over)).param("dryRun", "false").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(TOO_LARGE));
        mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file", "rejestr.csv", "text/csv",
                        over)).with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div id=\"file-error\" class=\"invalid-feedback\">"
                        + TOO_LARGE + "</div>")))
                .andExpect(content().string(containsString("Najwyżej 50 MB.")));
        assertThat(stored()).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws Exception {
        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.csv",
                        "text/csv", ImportFiles.paddedCsv(LIMIT))).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
    }

    @Test
    void anXlsxZipBombIsRefusedThroughTheApiAndThePageWithoutBeingUnpacked() throws Exception {
        byte[] bomb = ZipBombs.sheetOfAGigabyteOfZeros();
        long started = System.nanoTime();

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb))
                        .param("dryRun", "false").param("mode", "valid").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(BOMB));
        mvc.perform(multipart("/organisations/import").file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/octet-stream", bomb)).with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BOMB)));
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for both").isLessThan(5_000);
        assertThat(stored()).isZero();
    }

    @Test
    void aNormalXlsxStillImports() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Nazwa", "Rodzaj", "Gmina", "Miejscowość"));
        for (int i = 0; i < 2_000; i++) {
            rows.add(List.of("Stowarzyszenie Przykład nr " + i, "NGO", "2261011", "Gdańsk"));
        }

        mvc.perform(multipart(OrganisationImportApiTest.PATH).file(new MockMultipartFile("file", "rejestr.xlsx",
                        "application/octet-stream", ImportFiles.xlsx(rows))).param("dryRun", "false")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2_000));
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(2_000);
    }
}
