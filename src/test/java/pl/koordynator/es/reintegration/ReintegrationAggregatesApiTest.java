package pl.koordynator.es.reintegration;

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
 * {@code GET /api/v1/reintegration/aggregates} and {@code /cooperation}: signed-in users only, parameters
 * checked with problems naming them, every powiat of the region a row, pairs of institutions counted once.
 */
class ReintegrationAggregatesApiTest extends IntegrationTest {

    @Autowired
    Territory territory;

    int year;
    List<Unit> powiats;

    @BeforeEach
    void rows() {
        ReintegrationStatisticFixtures statistic = new ReintegrationStatisticFixtures(jdbc);
        year = RegionDate.today().getYear() - 1;
        powiats = territory.units(Level.POWIAT, null);
        String powiat = powiats.get(0).teryt();
        statistic.referrals(6, year, 1, powiat, 10, "JSPS", 20, "CIS", true, true, "OPEN_MARKET_EMPLOYMENT",
                "OPEN_MARKET_EMPLOYMENT");
        statistic.referrals(5, year, 1, powiat, 10, "JSPS", 20, "CIS", false, false, null, null);
        statistic.referrals(7, year, 2, powiat, 11, "IRP", 21, "ZAZ", true, false, null, null);
    }

    @Test
    void aVisitorGetsNothing() throws Exception {
        mvc.perform(get("/api/v1/reintegration/aggregates").param("year", String.valueOf(year)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reintegration/cooperation").param("year", String.valueOf(year)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theRegionRowCountsReferralsOutcomesFlowsAndPairs() throws Exception {
        mvc.perform(get("/api/v1/reintegration/aggregates").param("year", String.valueOf(year))
                        .with(users.as(Role.OWES)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("REGION"))
                .andExpect(jsonPath("$.areas", hasSize(1)))
                .andExpect(jsonPath("$.region.referrals.value").value(18))
                .andExpect(jsonPath("$.region.accepted.value").value(13))
                .andExpect(jsonPath("$.region.completed.value").value(6))
                .andExpect(jsonPath("$.region.employment.value").value(6))
                .andExpect(jsonPath("$.region.exitOutcomes.OPEN_MARKET_EMPLOYMENT.value").value(6))
                .andExpect(jsonPath("$.region.outcomes12Months.OPEN_MARKET_EMPLOYMENT.value").value(6))
                .andExpect(jsonPath("$.region.flows.cells.JSPS.CIS.value").value(11))
                .andExpect(jsonPath("$.region.flows.cells.IRP.ZAZ.value").value(7))
                .andExpect(jsonPath("$.region.flows.bySender.JSPS.value").value(11))
                .andExpect(jsonPath("$.region.flows.byReceiver.ZAZ.value").value(7))
                .andExpect(jsonPath("$.region.cooperatingPairs.value").value(2))
                .andExpect(jsonPath("$.senderKinds", hasSize(7)))
                .andExpect(jsonPath("$.receiverKinds", hasSize(5)));
        mvc.perform(get("/api/v1/reintegration/aggregates").param("year", String.valueOf(year))
                        .param("quarter", "1").param("level", "powiat").with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas", hasSize(powiats.size())))
                .andExpect(jsonPath("$.areas[?(@.code == '" + powiats.get(0).teryt() + "')].referrals.value").value(11))
                .andExpect(jsonPath("$.areas[?(@.code == '" + powiats.get(1).teryt() + "')].referrals.value").value(0));
    }

    @Test
    void theCooperationMapGivesEveryPowiatItsPairs() throws Exception {
        mvc.perform(get("/api/v1/reintegration/cooperation").param("year", String.valueOf(year))
                        .with(users.as(Role.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.powiats", hasSize(powiats.size())))
                .andExpect(jsonPath("$.powiats[?(@.teryt == '" + powiats.get(0).teryt() + "')].pairs.value").value(2))
                .andExpect(jsonPath("$.regionPairs.value").value(2))
                .andExpect(jsonPath("$.regionReferrals.value").value(18));
        mvc.perform(get("/api/v1/reintegration/cooperation").param("year", String.valueOf(year)).param("quarter", "2")
                        .with(users.as(Role.PARTNER)))
                .andExpect(jsonPath("$.regionPairs.value").value(1));
    }

    @Test
    void badParametersAreProblemsNamingThem() throws Exception {
        problem(null, null, null, "year");
        problem("abc", null, null, "year");
        problem("1999", null, null, "year");
        problem(String.valueOf(RegionDate.today().getYear() + 2), null, null, "year");
        problem(String.valueOf(year), "5", null, "quarter");
        problem(String.valueOf(year), "x", null, "quarter");
        problem(String.valueOf(year), null, "GMINA", "level");
    }

    private void problem(String year, String quarter, String level, String field) throws Exception {
        var request = get("/api/v1/reintegration/aggregates").with(users.as(Role.ADMIN));
        if (year != null) {
            request.param("year", year);
        }
        if (quarter != null) {
            request.param("quarter", quarter);
        }
        if (level != null) {
            request.param("level", level);
        }
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
