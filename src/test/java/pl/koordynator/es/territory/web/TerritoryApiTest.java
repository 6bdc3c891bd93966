package pl.koordynator.es.territory.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.domain.SubregionChange;
import pl.koordynator.es.territory.domain.SubregionService;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TerritoryApiTest extends IntegrationTest {

    @Autowired
    SubregionService subregions;

    @Test
    void aGminaHasItsCodeNameLevelTypeAndParent() throws Exception {
        mvc.perform(get("/api/v1/territory/units/2201023"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teryt").value("2201023"))
                .andExpect(jsonPath("$.name").value("Bytów"))
                .andExpect(jsonPath("$.level").value("gmina"))
                .andExpect(jsonPath("$.type").value("miejsko-wiejska"))
                .andExpect(jsonPath("$.parentTeryt").value("2201"))
                .andExpect(jsonPath("$.historical").value(false));
    }

    @Test
    void aPowiatHasNoType() throws Exception {
        mvc.perform(get("/api/v1/territory/units/2261"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Gdańsk"))
                .andExpect(jsonPath("$.level").value("powiat"))
                .andExpect(jsonPath("$.type").doesNotExist())
                .andExpect(jsonPath("$.parentTeryt").value("22"));
    }

    @Test
    void unitsAreListedByLevelAndParent() throws Exception {
        mvc.perform(get("/api/v1/territory/units").param("level", "gmina").param("parent", "2264"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].teryt", contains("2264011")));
        mvc.perform(get("/api/v1/territory/units").param("level", "powiat"))
                .andExpect(jsonPath("$.length()").value(20));
        mvc.perform(get("/api/v1/territory/units").param("level", "voivodeship"))
                .andExpect(jsonPath("$[0].name").value("pomorskie"));
    }

    @Test
    void anUnknownUnitIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/territory/units/2299999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aWrongLevelIsA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/territory/units").param("level", "kraj"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].message").value("musi mieć wartość voivodeship, powiat lub gmina"));
    }

    @Test
    void subregionsAreOpenData() throws Exception {
        subregions.createAtStartup(new SubregionChange("Subregion słupski", List.of("2201", "2263"), null, null));

        mvc.perform(get("/api/v1/territory/subregions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Subregion słupski"))
                .andExpect(jsonPath("$[0].powiatTeryts", contains("2201", "2263")))
                .andExpect(jsonPath("$[0].version").value(0));
    }
}
