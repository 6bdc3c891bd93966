package pl.koordynator.es.territory.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.TerritoryFiles;
import pl.koordynator.es.territory.domain.SubregionChange;
import pl.koordynator.es.territory.domain.SubregionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TerritoryPagesTest extends IntegrationTest {

    @Autowired
    SubregionService subregions;

    @Test
    void overviewShowsTheCountsAndTheUnits() throws Exception {
        mvc.perform(get("/admin/territory").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Terytorium</h1>")))
                .andExpect(content().string(containsString("Jednostki z granicami")))
                .andExpect(content().string(containsString("Jednostek: 144")));
    }

    @Test
    void unitListIsFilteredAndAnHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/territory").param("text", "dąbr").param("level", "gmina")
                        .header("HX-Request", "true").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Czarna Dąbrówka")))
                .andExpect(content().string(containsString("Jednostek: 1")))
                .andExpect(content().string(not(containsString("<h1>"))));
        mvc.perform(get("/admin/territory").param("powiat", "2264").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Jednostek: 2")));
    }

    @Test
    void tercUploadShowsTheCountsInPolish() throws Exception {
        mvc.perform(multipart("/admin/territory/terc")
                        .file(new MockMultipartFile("file", "terc.csv", "text/csv", TerritoryFiles.read("TERC_pomorskie.csv")))
                        .with(users.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wynik importu")))
                .andExpect(content().string(containsString("Bez zmian")));
        mvc.perform(multipart("/admin/territory/terc")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a;b\n1;2\n".getBytes()))
                        .with(users.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("To nie jest plik TERC")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void boundaryUploadAnswersTheScriptWithTheResultFragment() throws Exception {
        mvc.perform(multipart("/admin/territory/boundaries")
                        .file(new MockMultipartFile("file", "gminy.geojson", null,
                                TerritoryFiles.read("pomorskie-gminy.geojson")))
                        .header("HX-Request", "true").with(users.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"matched-count\">123<")))
                .andExpect(content().string(not(containsString("<h1>"))));
        mvc.perform(get("/admin/territory/boundaries").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("<progress id=\"upload-bar\"")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/js/territory-upload-[0-9a-f]{32}\\.js.*")));
    }

    @Test
    void adminCreatesASubregionThroughTheForm() throws Exception {
        mvc.perform(post("/admin/territory/subregions").with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Subregion chojnicki").param("powiatTeryts", "2202", "2203")
                        .param("owesOrganisationId", ""))
                .andExpect(redirectedUrlPattern("/admin/territory/subregions/*"));
        mvc.perform(get("/admin/territory/subregions").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Subregion chojnicki")))
                .andExpect(content().string(containsString("człuchowski")));
    }

    @Test
    void aTakenPowiatIsExplainedInPolishBesideTheField() throws Exception {
        subregions.createAtStartup(new SubregionChange("Subregion słupski", List.of("2201"), null, null));

        mvc.perform(post("/admin/territory/subregions").with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Inny").param("powiatTeryts", "2201"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wybrany powiat należy już do innego subregionu")))
                .andExpect(content().string(containsString("obecnie w: Subregion słupski")));
        assertThat(subregions.list()).hasSize(1);
    }

    @Test
    void aStaleEditIsExplainedAndAStaleDeleteRefused() throws Exception {
        Subregion created = subregions.createAtStartup(new SubregionChange("Subregion", List.of("2201"), null, null));
        mvc.perform(post("/admin/territory/subregions/" + created.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Nowa nazwa").param("powiatTeryts", "2201").param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/territory/subregions/*"));

        mvc.perform(post("/admin/territory/subregions/" + created.id()).with(users.as(Role.ADMIN)).with(csrf())
                        .param("name", "Stara").param("powiatTeryts", "2201").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("zmieniony przez kogoś innego")));
        mvc.perform(post("/admin/territory/subregions/" + created.id() + "/delete").with(users.as(Role.ADMIN))
                        .with(csrf()).param("version", "0"))
                .andExpect(redirectedUrlPattern("/admin/territory/subregions/*"));
        assertThat(subregions.find(created.id())).isPresent();

        mvc.perform(post("/admin/territory/subregions/" + created.id() + "/delete").with(users.as(Role.ADMIN))
                        .with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/admin/territory/subregions"));
        assertThat(subregions.find(created.id())).isEmpty();
    }

    @Test
    void editPageShowsTheHistory() throws Exception {
        Subregion created = subregions.createAtStartup(new SubregionChange("Subregion", List.of("2201"), null, null));

        mvc.perform(get("/admin/territory/subregions/" + created.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edytuj subregion Subregion")))
                .andExpect(content().string(containsString("Rejestr nie zawiera jeszcze żadnego OWES")));
    }
}
