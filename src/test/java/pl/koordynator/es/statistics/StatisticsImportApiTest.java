package pl.koordynator.es.statistics;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.statistics.StatisticsFiles.file;
import static pl.koordynator.es.statistics.StatisticsFiles.stored;
import static pl.koordynator.es.statistics.StatisticsFiles.upload;
import static pl.koordynator.es.statistics.StatisticsFiles.utf8;

@RecordApplicationEvents
class StatisticsImportApiTest extends IntegrationTest {

    @Autowired
    Statistics statistics;

    @Autowired
    ApplicationEvents events;

    @Test
    void aLongFileIsWrittenAndTheValuesReadBackUnitByUnit() throws Exception {
        mvc.perform(upload("dane.csv", file("long.csv")).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layout").value("LONG"))
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.values").value(6))
                .andExpect(jsonPath("$.units").value(5))
                .andExpect(jsonPath("$.perCodeYear", hasSize(3)))
                .andExpect(jsonPath("$.perCodeYear[0].code").value("POPULATION"))
                .andExpect(jsonPath("$.perCodeYear[0].year").value(2023))
                .andExpect(jsonPath("$.perCodeYear[0].values").value(4))
                .andExpect(jsonPath("$.perCodeYear[0].replaced").value(0))
                .andExpect(jsonPath("$.perCodeYear[1].code").value("UNEMPLOYED_PER_100"))
                .andExpect(jsonPath("$.perCodeYear[2].code").value("SOCIAL_ASSISTANCE_PER_1000"))
                .andExpect(jsonPath("$.skipped.townOrRuralPart").value(1))
                .andExpect(jsonPath("$.skipped.outsideRegion").value(0))
                .andExpect(jsonPath("$.skipped.noData").value(1));

        mvc.perform(get("/api/v1/statistics/values").param("code", "POPULATION").param("year", "2023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].teryt").value("22"))
                .andExpect(jsonPath("$[0].value").value(2357320))
                .andExpect(jsonPath("$[3].teryt").value("2261011"))
                .andExpect(jsonPath("$[3].value").value(486271));
        assertThat(statistics.values("UNEMPLOYED_PER_100", 2023)).containsExactly(entry("2261011", new BigDecimal("1.8")));
        assertThat(statistics.valuesOf("2201012")).containsOnlyKeys("SOCIAL_ASSISTANCE_PER_1000");
        assertThat(jdbc.sql("select changes::text from audit_entry where entity_type = 'StatisticsImport'")
                .query(String.class).single()).contains("POPULATION 2023").contains("4 values, 0 replaced");
        assertThat(events.stream(StatisticsChanged.class)).containsExactly(new StatisticsChanged(
                Set.of("POPULATION", "UNEMPLOYED_PER_100", "SOCIAL_ASSISTANCE_PER_1000"), Set.of(2023)));
    }

    @Test
    void aBdlExportKeepsWholeGminasAndReportsWhatItSkipped() throws Exception {
        mvc.perform(upload("bdl.csv", file("bdl-population-cp1250.csv")).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.layout").value("BDL"))
                .andExpect(jsonPath("$.values").value(11))
                .andExpect(jsonPath("$.units").value(6))
                .andExpect(jsonPath("$.perCodeYear[0].year").value(2023))
                .andExpect(jsonPath("$.perCodeYear[0].values").value(6))
                .andExpect(jsonPath("$.perCodeYear[1].year").value(2024))
                .andExpect(jsonPath("$.perCodeYear[1].values").value(5))
                .andExpect(jsonPath("$.skipped.townOrRuralPart").value(2))
                .andExpect(jsonPath("$.skipped.outsideRegion").value(2))
                .andExpect(jsonPath("$.skipped.statisticalRegion").value(1))
                .andExpect(jsonPath("$.skipped.noData").value(1));

        assertThat(statistics.values("POPULATION", 2024)).containsExactly(entry("22", new BigDecimal("2356002")),
                entry("2201", new BigDecimal("78301")), entry("2201023", new BigDecimal("24655")),
                entry("2261", new BigDecimal("486345")), entry("2261011", new BigDecimal("486345")));
        assertThat(statistics.years("POPULATION")).containsExactly(2023, 2024);
    }

    @Test
    void aDryRunReportsWhatWouldBeReplacedAndWritesNothing() throws Exception {
        mvc.perform(upload("bdl.csv", file("bdl-population.csv")).with(users.as(Role.ADMIN)));
        Map<String, BigDecimal> before = stored(jdbc);

        mvc.perform(upload("dane.csv", file("long.csv")).param("dryRun", "true").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.perCodeYear[0].code").value("POPULATION"))
                .andExpect(jsonPath("$.perCodeYear[0].values").value(4))
                .andExpect(jsonPath("$.perCodeYear[0].replaced").value(6));

        assertThat(stored(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from statistics_import where status = 'APPLIED'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void reImportingAYearReplacesThatYearForAllUnitsAndLeavesTheOtherYears() throws Exception {
        mvc.perform(upload("bdl.csv", file("bdl-population.csv")).with(users.as(Role.ADMIN)));
        Map<String, BigDecimal> year2024 = statistics.values("POPULATION", 2024);

        mvc.perform(upload("popr.csv", utf8("teryt;code;year;value\n2261011;POPULATION;2023;487000\n"))
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perCodeYear[0].replaced").value(6));

        assertThat(statistics.values("POPULATION", 2023)).containsExactly(entry("2261011", new BigDecimal("487000")));
        assertThat(statistics.values("POPULATION", 2024)).isEqualTo(year2024).hasSize(5);
    }

    @Test
    void aFileWithProblemsIs422WithEveryProblemAndChangesNothing() throws Exception {
        mvc.perform(upload("bdl.csv", file("bdl-population.csv")).with(users.as(Role.ADMIN)));
        Map<String, BigDecimal> before = stored(jdbc);
        long audit = imports();

        mvc.perform(upload("zle.csv", file("long-problems.csv")).with(users.as(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Plik zawiera błędy (9); nic nie zapisano."))
                .andExpect(jsonPath("$.problems", hasSize(9)))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("code"))
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Nieznany kod wskaźnika „NO_SUCH_CODE”; popraw kod albo najpierw zdefiniuj wskaźnik w katalogu."))
                .andExpect(jsonPath("$.problems[2].message").value(
                        "1465011 nie jest bieżącą gminą, powiatem ani województwem regionu (TERYT 22)."))
                .andExpect(jsonPath("$.problems[7].row").value(10))
                .andExpect(jsonPath("$.problems[7].message").value(
                        "Wartość wskaźnika POPULATION za rok 2023 dla jednostki 2261011 powtarza się: jest już w wierszu 2."));

        assertThat(stored(jdbc)).isEqualTo(before);
        assertThat(imports()).isEqualTo(audit).isEqualTo(1);
    }

    long imports() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'StatisticsImport'").query(Long.class)
                .single();
    }

    @Test
    void aDryRunOfABadFileIs422Too() throws Exception {
        mvc.perform(upload("zle.csv", file("long-problems.csv")).param("dryRun", "true").with(users.as(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(9)));
        assertThat(stored(jdbc)).isEmpty();
    }

    @Test
    void theCurrentYearOfALiveIndicatorIsRefusedInEnglishToo() throws Exception {
        int year = Year.now().getValue();
        mvc.perform(upload("pes.csv", utf8("teryt;code;year;value\n2261011;PES_ACTIVE;" + year + ";12\n"))
                        .header("Accept-Language", "en").with(users.as(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("year"))
                .andExpect(jsonPath("$.problems[0].message").value("The year " + year + " is the current one, and the"
                        + " system computes the current year of this indicator (PES_ACTIVE) from the register; import"
                        + " only earlier years."));
        assertThat(stored(jdbc)).isEmpty();
    }

    @Test
    void bdlColumnsWithoutAnIndicatorNeedTheIndicatorParameter() throws Exception {
        mvc.perform(upload("bdl.csv", file("bdl-unlabelled.csv")).with(users.as(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems", hasSize(2)))
                .andExpect(jsonPath("$.problems[0].row").value(1))
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Kolumna 3 „ogółem 2023 [%]”: nie rozpoznano wskaźnika — wybierz wskaźnik w formularzu."));

        mvc.perform(upload("bdl.csv", file("bdl-unlabelled.csv")).param("indicator", "unemployed_per_100")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values").value(5));
        assertThat(statistics.values("UNEMPLOYED_PER_100", 2024)).containsOnlyKeys("2261011", "2201023");
    }

    @Test
    void aFileOfNeitherLayoutIs400NamingTheFile() throws Exception {
        for (byte[] content : List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                utf8("Nazwa;Rodzaj\nFundacja;NGO\n"), new byte[0])) {
            mvc.perform(upload("plik.png", content).with(users.as(Role.ADMIN)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        mvc.perform(upload("dane.csv", file("long.csv")).param("indicator", "NIE_MA").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicator"));
        assertThat(stored(jdbc)).isEmpty();
    }

    @Test
    void onlyAdminImports() throws Exception {
        mvc.perform(upload("dane.csv", file("long.csv")).with(users.as(Role.OWES)))
                .andExpect(status().isForbidden());
        assertThat(stored(jdbc)).isEmpty();
    }
}
