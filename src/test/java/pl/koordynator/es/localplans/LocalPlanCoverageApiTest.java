package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/local-plans/coverage}: public counts per status and units, filters naming a bad
 * field in problem+json, plans' titles and ids for signed-in readers only; and the map's layer of
 * gminas with an adopted plan.
 */
class LocalPlanCoverageApiTest extends IntegrationTest {

    @Autowired
    Territory territory;

    LocalPlanCoverageFixtures plans;
    LocalDate today;
    Unit powiat;
    List<Unit> gminas;
    long adopted;

    @BeforeEach
    void enter() {
        plans = new LocalPlanCoverageFixtures(jdbc);
        today = RegionDate.today();
        powiat = territory.units(Level.POWIAT, null).get(0);
        gminas = territory.units(Level.GMINA, powiat.teryt());
        adopted = plans.plan(gminas.get(0).teryt(), gminas.get(0).name(), LocalPlanStatus.ADOPTED, today.minusYears(1),
                today.plusDays(60));
        plans.plan(gminas.get(1).teryt(), gminas.get(1).name(), LocalPlanStatus.IN_CONSULTATION, null, null);
    }

    @Test
    void aVisitorReadsTheCountsUnitsAndExpiringPlansWithoutTheirTitles() throws Exception {
        long allGminas = territory.units(Level.GMINA, null).size();
        mvc.perform(get("/api/v1/local-plans/coverage")).andExpect(status().isOk())
                .andExpect(jsonPath("$.gminas").value((int) allGminas))
                .andExpect(jsonPath("$.counts", hasSize(CoverageStatus.values().length)))
                .andExpect(jsonPath("$.counts[?(@.status == 'ADOPTED')].gminas").value(1))
                .andExpect(jsonPath("$.counts[?(@.status == 'IN_CONSULTATION')].gminas").value(1))
                .andExpect(jsonPath("$.counts[?(@.status == 'NONE')].gminas").value((int) allGminas - 2))
                .andExpect(jsonPath("$.expiring[0].unitTeryt").value(gminas.get(0).teryt()))
                .andExpect(jsonPath("$.expiring[0].daysLeft").value(60))
                .andExpect(jsonPath("$.expiring[0].periodEnd").value(today.plusDays(60).toString()))
                .andExpect(jsonPath("$.expiring[0].title").doesNotExist())
                .andExpect(jsonPath("$.units[?(@.teryt == '" + gminas.get(0).teryt() + "')].status").value("ADOPTED"))
                .andExpect(jsonPath("$.units[?(@.teryt == '" + gminas.get(0).teryt() + "')].planId").isEmpty());
    }

    @Test
    void aSignedInReaderGetsThePlansAndFiltersByPowiatAndStatus() throws Exception {
        mvc.perform(get("/api/v1/local-plans/coverage").param("powiatTeryt", powiat.teryt()).param("status", "adopted")
                        .with(users.as(Role.PES)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units", hasSize(1)))
                .andExpect(jsonPath("$.units[0].teryt").value(gminas.get(0).teryt()))
                .andExpect(jsonPath("$.units[0].planId").value(adopted))
                .andExpect(jsonPath("$.expiring[0].planId").value(adopted));
    }

    @Test
    void aBadFilterIsAProblemNamingItsField() throws Exception {
        mvc.perform(get("/api/v1/local-plans/coverage").param("powiatTeryt", "0101"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("powiatTeryt"));
        mvc.perform(get("/api/v1/local-plans/coverage").param("status", "SIGNED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void theMapShowsGminasWithAnAdoptedPlanInForceAndTheirNumberPerPowiat() throws Exception {
        mvc.perform(get("/api/v1/map/gmina").param("indicator", "LOCAL_PLAN_ADOPTED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '" + gminas.get(0).teryt()
                        + "')].properties.value").value(1))
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '" + gminas.get(1).teryt()
                        + "')].properties.value").value(0));
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "LOCAL_PLAN_ADOPTED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '" + powiat.teryt()
                        + "')].properties.value").value(1));
        // a plan adopted later changes the layer at once (the map's cache follows the plans' topic)
        plans.plan(gminas.get(2).teryt(), gminas.get(2).name(), LocalPlanStatus.ADOPTED, today.minusDays(1),
                today.plusYears(4));
        mvc.perform(get("/api/v1/map/powiat").param("indicator", "LOCAL_PLAN_ADOPTED"))
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '" + powiat.teryt()
                        + "')].properties.value").value(2));
    }
}
