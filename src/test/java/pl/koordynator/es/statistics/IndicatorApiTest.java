package pl.koordynator.es.statistics;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.statistics.StatisticsFiles.upload;
import static pl.koordynator.es.statistics.StatisticsFiles.utf8;

class IndicatorApiTest extends IntegrationTest {

    static final String INDICATORS = "/api/v1/statistics/indicators";
    static final String FOOD_BANK = """
            {"code": "food_bank_users", "namePl": "Korzystający z banku żywności", "nameEn": "Food bank users",
             "unitPl": "osoby", "unitEn": "persons", "source": "Bank Żywności w Gdańsku", "category": "NEED",
             "aggregation": "SUM", "bdlNames": ["osoby korzystające z pomocy żywnościowej", " "]}""";

    @Autowired
    Statistics statistics;

    ResultActions create(String json) throws Exception {
        return mvc.perform(post(INDICATORS).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(users.as(Role.ADMIN)));
    }

    @Test
    void everyoneReadsTheBuiltInIndicatorsInTheProgrammesOrderThenTheOthersByCode() throws Exception {
        create(FOOD_BANK).andExpect(status().isCreated());
        create(FOOD_BANK.replace("food_bank_users", "A_FIRST").replace("osoby korzystające", "inne osoby")
                .replace("Korzystający", "Inni korzystający")).andExpect(status().isCreated());

        mvc.perform(get(INDICATORS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[0].code").value("PES_ACTIVE"))
                .andExpect(jsonPath("$[0].namePl").value("Aktywne PES"))
                .andExpect(jsonPath("$[0].live").value(true))
                .andExpect(jsonPath("$[0].builtIn").value(true))
                .andExpect(jsonPath("$[6].code").value("POPULATION"))
                .andExpect(jsonPath("$[6].category").value("NEED"))
                .andExpect(jsonPath("$[6].bdlNames", hasSize(3)))
                .andExpect(jsonPath("$[8].aggregation").value("POPULATION_WEIGHTED_MEAN"))
                .andExpect(jsonPath("$[10].code").value("NEEDS_REPORTED"))
                .andExpect(jsonPath("$[11].code").value("A_FIRST"))
                .andExpect(jsonPath("$[12].code").value("FOOD_BANK_USERS"))
                .andExpect(jsonPath("$[12].live").value(false));
        assertThat(statistics.definitions()).extracting(d -> d.code()).startsWith(Statistics.BUILT_IN.toArray(
                String[]::new)).endsWith("A_FIRST", "FOOD_BANK_USERS");
    }

    @Test
    void adminDefinesAnIndicatorWhoseBdlNameAnImportRecognises() throws Exception {
        create(FOOD_BANK).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/statistics/indicators/FOOD_BANK_USERS")))
                .andExpect(jsonPath("$.code").value("FOOD_BANK_USERS"))
                .andExpect(jsonPath("$.bdlNames", hasSize(1)))
                .andExpect(jsonPath("$.builtIn").value(false));

        mvc.perform(upload("bdl.csv", utf8("""
                        Kod;Nazwa;Osoby korzystające z pomocy żywnościowej;
                        ;;2024;
                        042214361011;Gdańsk (1);"12 400";
                        """)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk());
        assertThat(statistics.values("FOOD_BANK_USERS", 2024)).containsExactly(entry("2261011", new BigDecimal("12400")));
        mvc.perform(get(INDICATORS + "/food_bank_users")).andExpect(jsonPath("$.years[0]").value(2024));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Indicator' and action = 'CREATE'"
                + " and entity_id = 'FOOD_BANK_USERS'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badDefinitionsNameEachBadFieldAndChangeNothing() throws Exception {
        create("""
                {"code": "1ZŁY", "namePl": " ", "nameEn": "%s", "category": "MAYBE", "unitPl": "%s"}"""
                .formatted("x".repeat(151), "y".repeat(61)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "namePl", "nameEn",
                        "unitPl", "category", "aggregation")))
                .andExpect(jsonPath("$.errors[?(@.field == 'namePl')].message").value("Podaj nazwę po polsku."));
        create(FOOD_BANK.replace("food_bank_users", "POPULATION"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("Wskaźnik o tym kodzie już jest w katalogu."));
        create(FOOD_BANK.replace("osoby korzystające z pomocy żywnościowej", "Ludność OGÓLEM"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bdlNames"));
        create(FOOD_BANK.replace("Korzystający z banku żywności", "Ludność"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("namePl"));
        assertThat(statistics.definitions()).hasSize(11);
    }

    @Test
    void builtInIndicatorsCannotBeChangedOrDeleted() throws Exception {
        mvc.perform(put(INDICATORS + "/POPULATION").contentType(MediaType.APPLICATION_JSON)
                        .content(FOOD_BANK).with(users.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Wskaźnik POPULATION jest wbudowanym wskaźnikiem programu: nie można go zmienić ani usunąć."));
        mvc.perform(delete(INDICATORS + "/POPULATION").with(users.as(Role.ADMIN)))
                .andExpect(status().isConflict());
        assertThat(statistics.definition("POPULATION")).get().extracting(d -> d.namePl()).isEqualTo("Ludność");
    }

    @Test
    void anEditWithAStaleVersionIsRefusedAndACurrentOneSaved() throws Exception {
        create(FOOD_BANK).andExpect(status().isCreated());
        String edited = FOOD_BANK.replace("Food bank users", "Users of food banks").replace("}", ", \"version\": %d}");

        mvc.perform(put(INDICATORS + "/FOOD_BANK_USERS").contentType(MediaType.APPLICATION_JSON)
                        .content(edited.formatted(7)).with(users.as(Role.ADMIN)))
                .andExpect(status().isConflict());
        mvc.perform(put(INDICATORS + "/FOOD_BANK_USERS").contentType(MediaType.APPLICATION_JSON)
                        .content(edited.formatted(0)).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameEn").value("Users of food banks"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void deletingAnIndicatorDeletesItsValuesAndNothingElse() throws Exception {
        create(FOOD_BANK).andExpect(status().isCreated());
        mvc.perform(upload("dane.csv", utf8("""
                teryt;code;year;value
                2261011;FOOD_BANK_USERS;2024;12400
                2261011;POPULATION;2024;486345
                """)).with(users.as(Role.ADMIN))).andExpect(status().isOk());

        mvc.perform(delete(INDICATORS + "/FOOD_BANK_USERS").with(users.as(Role.ADMIN)))
                .andExpect(status().isNoContent());

        assertThat(statistics.definition("FOOD_BANK_USERS")).isEmpty();
        assertThat(StatisticsFiles.stored(jdbc)).containsOnlyKeys("POPULATION 2024 2261011");
        assertThat(jdbc.sql("select changes -> 'values' ->> 'old' from audit_entry where entity_type = 'Indicator'"
                + " and action = 'DELETE'").query(String.class).single()).isEqualTo("1");
    }

    @Test
    void valuesNeedAKnownCodeAndAYear() throws Exception {
        mvc.perform(get("/api/v1/statistics/values").param("code", "NIE_MA").param("year", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/statistics/values").param("year", "2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/statistics/values").param("code", "POPULATION").param("year", "dwa"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/statistics/values").param("code", "population").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theFacadeAnswersPerUnitAndPerIndicator() throws Exception {
        mvc.perform(upload("dane.csv", utf8("""
                teryt;code;year;value
                2261011;POPULATION;2024;486345
                2261011;POPULATION;2023;486271
                2261011;UNEMPLOYED_PER_100;2024;1,70
                2201;POPULATION;2024;78301
                """)).with(users.as(Role.ADMIN))).andExpect(status().isOk());

        assertThat(statistics.valuesOf("2261011")).containsOnlyKeys("POPULATION", "UNEMPLOYED_PER_100");
        assertThat(statistics.valuesOf("2261011").get("POPULATION")).containsExactly(
                entry(2023, new BigDecimal("486271")), entry(2024, new BigDecimal("486345")));
        assertThat(statistics.valuesOf("2261011").get("UNEMPLOYED_PER_100")).containsExactly(
                entry(2024, new BigDecimal("1.7")));
        assertThat(statistics.years("POPULATION")).containsExactly(2023, 2024);
        assertThat(statistics.years("UNEMPLOYED")).isEmpty();
        assertThat(statistics.values("POPULATION", 2024)).containsOnlyKeys("2201", "2261011");
        assertThat(statistics.definition("population")).get().extracting(d -> d.live()).isEqualTo(false);
        assertThat(statistics.definition("NEEDS_REPORTED")).get().satisfies(d -> {
            assertThat(d.live()).isTrue();
            assertThat(d.category()).isEqualTo(IndicatorCategory.NEED);
        });
        assertThat(statistics.definitions()).filteredOn(IndicatorDefinition::live).extracting(IndicatorDefinition::code)
                .containsExactly("PES_ACTIVE", "PES_PER_10K", "SOCIAL_ENTERPRISES", "REINTEGRATION_PLACES", "PES_JOBS",
                        "PES_JOBS_AT_RISK", "NEEDS_REPORTED");
        assertThat(statistics.definition("PES_PER_10K")).get().extracting(IndicatorDefinition::aggregation)
                .isEqualTo(Aggregation.POPULATION_WEIGHTED_MEAN);
        assertThat(List.of(statistics.definition("UNEMPLOYED").orElseThrow().aggregation(),
                statistics.definition("SOCIAL_ASSISTANCE_PER_1000").orElseThrow().aggregation()))
                .containsExactly(Aggregation.SUM, Aggregation.POPULATION_WEIGHTED_MEAN);
    }
}
