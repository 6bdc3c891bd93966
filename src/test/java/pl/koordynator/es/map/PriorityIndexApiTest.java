package pl.koordynator.es.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PriorityIndexApiTest extends IntegrationTest {

    static final String A = "2201012";
    static final String B = "2201023";
    static final String C = "2201032";
    static final int YEAR = LocalDate.now().getYear() - 1;

    @Autowired
    RegistryFixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void theRankingFollowsThePublishedFormulaComponentByComponent() throws Exception {
        importStatistics("""
                teryt;code;year;value
                %1$s;UNEMPLOYED_PER_100;%4$d;4
                %2$s;UNEMPLOYED_PER_100;%4$d;8
                %3$s;UNEMPLOYED_PER_100;%4$d;6
                %1$s;SOCIAL_ASSISTANCE_PER_1000;%4$d;100
                %2$s;SOCIAL_ASSISTANCE_PER_1000;%4$d;50
                """.formatted(A, B, C, YEAR));
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Bytowska", B));
        mvc.perform(put("/api/v1/map/priority/weights").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"UNEMPLOYED_PER_100\": 2, \"SOCIAL_ASSISTANCE_PER_1000\": 1, \"PES_ACTIVE\": 0.1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.UNEMPLOYED_PER_100").value(2));

        JsonNode ranking = json.readTree(mvc.perform(get("/api/v1/map/priority").param("level", "gmina"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        // the formula, computed here from the raw values: z over the units with data, missing → 0
        double unemployedMean = 6;
        double unemployedSd = Math.sqrt((4 + 4 + 0) / 3.0);
        double assistanceMean = 75;
        double assistanceSd = 25;
        double pesMean = 1 / 123.0;
        double pesSd = Math.sqrt(pesMean * (1 - pesMean));
        Map<String, Double> expected = Map.of(
                A, 2 * (4 - unemployedMean) / unemployedSd + (100 - assistanceMean) / assistanceSd
                        - 0.1 * (0 - pesMean) / pesSd,
                B, 2 * (8 - unemployedMean) / unemployedSd + (50 - assistanceMean) / assistanceSd
                        - 0.1 * (1 - pesMean) / pesSd,
                C, 2 * 0 + 0 - 0.1 * (0 - pesMean) / pesSd,
                "2261011", -0.1 * (0 - pesMean) / pesSd);

        JsonNode components = ranking.get("components");
        assertThat(components).hasSize(3);
        JsonNode unemployed = component(components, "UNEMPLOYED_PER_100");
        assertThat(unemployed.get("mean").asDouble()).isCloseTo(unemployedMean, within(1e-4));
        assertThat(unemployed.get("standardDeviation").asDouble()).isCloseTo(unemployedSd, within(1e-4));
        assertThat(unemployed.get("year").asInt()).isEqualTo(YEAR);
        assertThat(unemployed.get("unitsWithValue").asInt()).isEqualTo(3);
        assertThat(component(components, "PES_ACTIVE").get("category").asString()).isEqualTo("RESOURCE");

        JsonNode scores = ranking.get("scores");
        assertThat(scores).hasSize(123);
        expected.forEach((teryt, score) -> assertThat(score(scores, teryt).get("score").asDouble())
                .as(teryt).isCloseTo(score, within(1e-3)));
        List<String> order = scores.valueStream().map(s -> s.get("teryt").asString()).toList();
        assertThat(order.get(0)).isEqualTo(B);
        assertThat(order.get(122)).isEqualTo(A);
        assertThat(score(scores, A).get("rank").asInt()).isEqualTo(123);
        // gminas without any data share a rank
        assertThat(score(scores, C).get("rank").asInt()).isEqualTo(2);
        assertThat(score(scores, "2261011").get("rank").asInt()).isEqualTo(2);
        // every component of a score is shown: value, z and contribution (sign × weight × z)
        JsonNode partOfB = score(scores, B).get("parts").get(0);
        assertThat(partOfB.get("code").asString()).isEqualTo("PES_ACTIVE");
        assertThat(partOfB.get("value").asDouble()).isEqualTo(1);
        assertThat(partOfB.get("contribution").asDouble())
                .isCloseTo(-0.1 * partOfB.get("z").asDouble(), within(1e-3));
        JsonNode missing = score(scores, C).get("parts");
        assertThat(missing.valueStream().filter(p -> p.get("code").asString().equals("SOCIAL_ASSISTANCE_PER_1000"))
                .findFirst().orElseThrow().get("missing").asBoolean()).isTrue();
    }

    @Test
    void badWeightsAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        mvc.perform(put("/api/v1/map/priority/weights").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"UNEMPLOYED\": -1, \"NO_SUCH\": 1, \"POPULATION\": 11}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'weights[UNEMPLOYED]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'weights[NO_SUCH]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'weights[POPULATION]')]").exists());
        mvc.perform(put("/api/v1/map/priority/weights").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"UNEMPLOYED\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
        mvc.perform(get("/api/v1/map/priority/weights"))
                .andExpect(jsonPath("$.UNEMPLOYED_PER_100").value(1))
                .andExpect(jsonPath("$.NEEDS_REPORTED").value(0.5));
    }

    @Test
    void theWeightsFormShowsAPolishErrorBesideTheFieldAndSavesValidWeightsWithAnAuditEntry() throws Exception {
        mvc.perform(post("/admin/map/weights").with(users.as(Role.ADMIN)).with(csrf())
                        .param("weights[UNEMPLOYED_PER_100]", "dużo").param("weights[PES_PER_10K]", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waga musi być liczbą od 0 do 10")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/api/v1/map/priority/weights")).andExpect(jsonPath("$.UNEMPLOYED_PER_100").value(1));

        mvc.perform(post("/admin/map/weights").with(users.as(Role.ADMIN)).with(csrf())
                        .param("weights[UNEMPLOYED_PER_100]", "2,5").param("weights[PES_PER_10K]", "1"))
                .andExpect(redirectedUrl("/admin/map/weights"));
        mvc.perform(get("/api/v1/map/priority/weights"))
                .andExpect(jsonPath("$.UNEMPLOYED_PER_100").value(2.5))
                .andExpect(jsonPath("$.SOCIAL_ASSISTANCE_PER_1000").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'priority-weights'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/map/methodology")).andExpect(content().string(containsString("2,5")));
    }

    private static JsonNode component(JsonNode components, String code) {
        return components.valueStream().filter(c -> c.get("code").asString().equals(code)).findFirst().orElseThrow();
    }

    private static JsonNode score(JsonNode scores, String teryt) {
        return scores.valueStream().filter(s -> s.get("teryt").asString().equals(teryt)).findFirst().orElseThrow();
    }

    void importStatistics(String csv) throws Exception {
        StatisticsUpload.importCsv(mvc, users, csv);
    }
}
