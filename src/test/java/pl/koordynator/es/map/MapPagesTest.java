package pl.koordynator.es.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MapPagesTest extends IntegrationTest {

    static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void theMapPageShowsTheSameDataAsATableWithPolishNumbersLegendAndTotals() throws Exception {
        importStatistics("teryt;code;year;value\n2201023;UNEMPLOYED_PER_100;%d;6,25\n".formatted(YEAR));
        mvc.perform(get("/map").param("indicator", "UNEMPLOYED_PER_100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bezrobot")))
                .andExpect(content().string(containsString(">6,25<")))
                .andExpect(content().string(containsString("Legenda")))
                .andExpect(content().string(containsString("Subregiony i region")))
                .andExpect(content().string(containsString("data-geojson=\"/api/v1/map/gmina?indicator=UNEMPLOYED_PER_100&amp;year=" + YEAR)))
                .andExpect(content().string(containsString("Dane dla 1 z 123 jednostek")));
    }

    @Test
    void withoutBoundariesThePageKeepsTheTableAndTellsAdminHowToImportThem() throws Exception {
        jdbc.sql("create temporary table saved_boundaries as select teryt, boundary from territorial_unit").update();
        try {
            jdbc.sql("update territorial_unit set boundary = null").update();
            mvc.perform(get("/map").with(users.as(Role.ADMIN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Mapa pojawi się, gdy administrator zaimportuje granice")))
                    .andExpect(content().string(containsString("href=\"/admin/territory/boundaries\"")))
                    .andExpect(content().string(not(containsString("id=\"map\""))))
                    .andExpect(content().string(containsString("id=\"map-table\"")));
            mvc.perform(get("/map")).andExpect(content().string(not(containsString("/admin/territory/boundaries"))));
        } finally {
            jdbc.sql("update territorial_unit t set boundary = s.boundary from saved_boundaries s where s.teryt = t.teryt")
                    .update();
            jdbc.sql("drop table saved_boundaries").update();
        }
    }

    @Test
    void theGminaProfileListsItsIndicatorsRanksPesAndOwes() throws Exception {
        importStatistics("teryt;code;year;value\n2201023;POPULATION;%d;16000\n2201023;POPULATION;%d;16100\n"
                .formatted(YEAR - 1, YEAR));
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Bytowskie Smaki", "2201023"));
        long owes = fixtures.owes("OWES Słupsk", "2263011").id();
        fixtures.subregion("Subregion słupski", owes, "2201", "2263");

        mvc.perform(get("/map/gmina/2201023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bytów")))
                .andExpect(content().string(containsString("gmina miejsko-wiejska")))
                .andExpect(content().string(containsString("Spółdzielnia Socjalna Bytowskie Smaki")))
                .andExpect(content().string(containsString("OWES Słupsk")))
                .andExpect(content().string(containsString("Subregion słupski")))
                .andExpect(content().string(containsString("16\u00a0100")))
                .andExpect(content().string(containsString("1 / 123")))
                .andExpect(content().string(containsString("data-chart")));
        mvc.perform(get("/map/powiat/2201")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Spółdzielnia Socjalna Bytowskie Smaki")))
                .andExpect(content().string(containsString("Borzytuchom")));
        mvc.perform(get("/map/gmina/2201")).andExpect(status().isNotFound());
        mvc.perform(get("/map/gmina/1465011")).andExpect(status().isNotFound());
    }

    @Test
    void exportsCarryTheTableAsCsvXlsxAndGeoJson() throws Exception {
        importStatistics("teryt;code;year;value\n2201023;UNEMPLOYED_PER_100;%d;6,25\n".formatted(YEAR));

        byte[] csv = mvc.perform(get("/map/export.csv").param("indicator", "UNEMPLOYED_PER_100").param("year", "" + YEAR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("mapa-gmina-unemployed_per_100-" + YEAR)))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFteryt;nazwa;kod;rok;wartość;jednostka;miejsce");
        assertThat(text).contains("2201023;Bytów;UNEMPLOYED_PER_100;" + YEAR + ";6,25;");
        assertThat(text.lines().count()).isEqualTo(124);

        byte[] xlsx = mvc.perform(get("/map/export.xlsx").param("indicator", "UNEMPLOYED_PER_100").param("level", "gmina"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(124);
            Row bytow = rows.stream().filter(r -> "2201023".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(bytow.getCellAsNumber(4)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.25"));
            assertThat(bytow.getCellAsNumber(6)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        }

        mvc.perform(get("/map/export.geojson").param("indicator", "PES_ACTIVE").param("level", "powiat"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".geojson")))
                .andExpect(content().string(containsString("\"FeatureCollection\"")));
        mvc.perform(get("/map/export.csv").param("indicator", "NIE_MA")).andExpect(status().isBadRequest());
    }

    @Test
    void theRankingAndMethodologyPagesExplainTheIndex() throws Exception {
        mvc.perform(get("/map/priority")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gdzie wsparcie jest najbardziej potrzebne")))
                .andExpect(content().string(containsString("wartość · z · udział")));
        mvc.perform(get("/map/methodology")).andExpect(status().isOk())
                .andExpect(content().string(containsString("P = Σ (waga × z) dla potrzeb − Σ (waga × z) dla zasobów")));
        mvc.perform(get("/map/methodology").header("Accept-Language", "en").param("lang", "en"))
                .andExpect(content().string(containsString("over needs")));
    }

    void importStatistics(String csv) throws Exception {
        StatisticsUpload.importCsv(mvc, users, csv);
    }
}
