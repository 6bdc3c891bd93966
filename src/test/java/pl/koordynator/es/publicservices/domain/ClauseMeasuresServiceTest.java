package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.publicservices.ClauseMeasures;
import pl.koordynator.es.publicservices.ClauseMeasuresFixtures;
import pl.koordynator.es.publicservices.ClauseType;
import pl.koordynator.es.publicservices.JstClauseHistory;
import pl.koordynator.es.publicservices.JstTier;
import pl.koordynator.es.publicservices.PublicServicesFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measures recomputed by hand from the procurements of {@link ClauseMeasuresFixtures}: a lot's
 * value is its contract value once awarded, else its estimate; cancelled lots are left out; art. 359
 * alone is no clause; a task counts once it has a winner.
 */
class ClauseMeasuresServiceTest extends IntegrationTest {

    @Autowired
    ClauseMeasures measures;

    @Autowired
    PublicServicesMapIndicators map;

    @Autowired
    PublicServicesProgrammeMeasures programme;

    @Autowired
    PublicServicesFixtures entered;

    ClauseMeasuresFixtures data;
    int year;

    @BeforeEach
    void enter() {
        data = new ClauseMeasuresFixtures(jdbc).enter();
        year = data.year;
    }

    private static BigDecimal pln(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aJstsSharesCountAwardedContractValuesAndEstimatesLeavingCancelledLotsOut() {
        ClauseMeasure gdansk = jst(year, data.gdansk);

        assertThat(gdansk.unitName()).isEqualTo("Gmina Miasta Gdańska");
        assertThat(gdansk.procurements()).isEqualTo(3);
        assertThat(gdansk.lots()).isEqualTo(5);
        assertThat(gdansk.lotsWithClauses()).isEqualTo(2);
        // 90 000 (awarded) + 50 000 (pending) + 180 000 (awarded) + 0 (no value) + 30 000 (estimate, no contract value)
        assertThat(gdansk.valueTotal()).isEqualByComparingTo("350000");
        assertThat(gdansk.valueWithClauses()).isEqualByComparingTo("140000");
        assertThat(gdansk.share()).isEqualByComparingTo("40.00");
        assertThat(gdansk.clause(ClauseType.RESERVED_ART94).value()).isEqualByComparingTo("90000");
        assertThat(gdansk.clause(ClauseType.RESERVED_ART94).share()).isEqualByComparingTo("25.71");
        assertThat(gdansk.clause(ClauseType.EMPLOYMENT_CONTRACT_ART95).share()).isEqualByComparingTo("14.29");
        assertThat(gdansk.clause(ClauseType.EMPLOYMENT_ART96).lots()).isEqualTo(1);
        assertThat(gdansk.clause(ClauseType.SOCIAL_CRITERION).lots()).isZero();
        assertThat(gdansk.clause(ClauseType.SOCIAL_CRITERION).share()).isEqualByComparingTo("0");
        assertThat(gdansk.contractsWonByPes()).isEqualTo(2);
        assertThat(gdansk.valueWonByPes()).isEqualByComparingTo("270000");
        assertThat(gdansk.contractsWonBySocialEnterprises()).isEqualTo(1);
        assertThat(gdansk.valueWonBySocialEnterprises()).isEqualByComparingTo("90000");
        assertThat(gdansk.personsEmployedArt96()).isEqualTo(2);
        assertThat(gdansk.personsRequiredArt96()).isEqualTo(3);
        assertThat(gdansk.socialServicesValue()).isEqualByComparingTo("30000");
        assertThat(gdansk.publicTasksValue()).isEqualByComparingTo("25000");
        assertThat(gdansk.publicTasksValueToPes()).isEqualByComparingTo("20000");

        ClauseMeasure sopot = jst(year, data.sopot);
        assertThat(sopot.valueTotal()).isEqualByComparingTo("100000");
        assertThat(sopot.share()).isEqualByComparingTo("60.00");
        assertThat(sopot.clause(ClauseType.SOCIAL_CRITERION).share()).isEqualByComparingTo("60.00");
        assertThat(sopot.clause(ClauseType.RESERVED_ART361).value()).isEqualByComparingTo("60000");
        assertThat(sopot.socialServicesValue()).isEqualByComparingTo("60000");

        assertThat(jst(year - 1, data.gdansk).share()).isEqualByComparingTo("100.00");
        assertThat(jst(year - 1, data.sopot).share()).isEqualByComparingTo("0.00");
    }

    @Test
    void theJstLevelListsOnlyJstWhileGminasPowiatsAndTheRegionCountEveryPublicBuyer() {
        assertThat(measures.measures(year, ClauseMeasureLevel.JST)).extracting(ClauseMeasure::unitName)
                .containsExactly("Gmina Miasta Gdańska", "Gmina Miasta Sopotu");

        ClauseMeasure gdanskGmina = unit(ClauseMeasureLevel.GMINA, ClauseMeasuresFixtures.GDANSK);
        // the JST's 350 000 and the MOPS's 50 000
        assertThat(gdanskGmina.procurements()).isEqualTo(4);
        assertThat(gdanskGmina.valueTotal()).isEqualByComparingTo("400000");
        assertThat(gdanskGmina.share()).isEqualByComparingTo("35.00");
        assertThat(unit(ClauseMeasureLevel.GMINA, ClauseMeasuresFixtures.SOPOT).share()).isEqualByComparingTo("60.00");
        assertThat(unit(ClauseMeasureLevel.POWIAT, "2261").share()).isEqualByComparingTo("35.00");
        assertThat(unit(ClauseMeasureLevel.POWIAT, "2264").valueWithClauses()).isEqualByComparingTo("60000");
        ClauseMeasure elsewhere = measures.measures(year, ClauseMeasureLevel.GMINA).stream()
                .filter(m -> m.procurements() == 0).findFirst().orElseThrow();
        assertThat(elsewhere.share()).isNull();

        ClauseMeasure region = measures.region(year);
        assertThat(region.procurements()).isEqualTo(6);
        assertThat(region.lots()).isEqualTo(8);
        assertThat(region.valueTotal()).isEqualByComparingTo("500000");
        assertThat(region.valueWithClauses()).isEqualByComparingTo("200000");
        assertThat(region.share()).isEqualByComparingTo("40.00");
        assertThat(region.clause(ClauseType.RESERVED_ART94).share()).isEqualByComparingTo("18.00");
        assertThat(region.clause(ClauseType.EMPLOYMENT_CONTRACT_ART95).share()).isEqualByComparingTo("10.00");
        assertThat(region.clause(ClauseType.EMPLOYMENT_ART96).share()).isEqualByComparingTo("10.00");
        assertThat(region.clause(ClauseType.SOCIAL_CRITERION).share()).isEqualByComparingTo("12.00");
        assertThat(region.clause(ClauseType.RESERVED_ART361).share()).isEqualByComparingTo("12.00");
        assertThat(region.socialServicesValue()).isEqualByComparingTo("90000");
        assertThat(measures.region(year - 1).share()).isEqualByComparingTo("90.91");
        assertThat(measures.region(year - 5).share()).isNull();
    }

    @Test
    void aJstsHistoryComparesEachYearWithTheRegionAndListsItsProcurementsWithClauses() {
        JstClauseHistory history = measures.history(data.gdansk).orElseThrow();

        assertThat(history.tier()).isEqualTo(JstTier.GMINA);
        assertThat(history.years()).extracting(ClauseMeasure::year).containsExactly(year, year - 1);
        assertThat(history.regionShares()).containsEntry(year, pln("40.00")).containsEntry(year - 1, pln("90.91"));
        assertThat(history.latestWithClauses()).extracting(p -> p.title())
                .containsExactly("Sprzątanie szkół", "Catering w szkołach");
        assertThat(history.latestWithClauses().get(0).clauses()).containsExactly(ClauseType.RESERVED_ART94,
                ClauseType.EMPLOYMENT_CONTRACT_ART95, ClauseType.EMPLOYMENT_ART96);
        assertThat(history.latestWithClauses().get(0).value()).isEqualByComparingTo("140000");

        assertThat(measures.history(data.mops)).isEmpty();
        assertThat(measures.history(999_999)).isEmpty();
    }

    @Test
    void aJstThatBoughtWithoutAnyClauseIsListedAndOneWithAClauseIsNot() {
        assertThat(measures.jstWithoutClauses(year)).isEmpty();
        assertThat(measures.jstWithoutClauses(year - 1)).extracting(ClauseMeasure::unitName)
                .containsExactly("Gmina Miasta Sopotu");
    }

    @Test
    void theMapIndicatorsPerGminaEqualTheMeasures() {
        Map<String, BigDecimal> shares = map.valuesByGmina(PublicServicesMapIndicators.SOCIAL_CLAUSE_VALUE_SHARE, year);
        for (ClauseMeasure gmina : measures.measures(year, ClauseMeasureLevel.GMINA)) {
            assertThat(shares.get(gmina.unitCode())).as(gmina.unitCode()).isEqualTo(gmina.share());
        }
        assertThat(shares).containsEntry(ClauseMeasuresFixtures.GDANSK, pln("35.00"))
                .containsEntry(ClauseMeasuresFixtures.SOPOT, pln("60.00"));
        assertThat(map.valuesByGmina(PublicServicesMapIndicators.SOCIAL_CLAUSE_VALUE, year).get(ClauseMeasuresFixtures.GDANSK))
                .isEqualByComparingTo("140000");
        assertThat(map.valuesByGmina(PublicServicesMapIndicators.PROCUREMENT_VALUE, year).get(ClauseMeasuresFixtures.GDANSK))
                .isEqualByComparingTo("400000");
        assertThat(map.valuesByGmina(PublicServicesMapIndicators.CONTRACTS_WON_BY_PES, year).get(ClauseMeasuresFixtures.GDANSK))
                .isEqualByComparingTo("2");
        assertThat(map.valuesByGmina(PublicServicesMapIndicators.ART96_PERSONS_EMPLOYED, year).get(ClauseMeasuresFixtures.GDANSK))
                .isEqualByComparingTo("2");
        assertThat(map.valuesByGmina(PublicServicesMapIndicators.PUBLIC_TASKS_VALUE_TO_PES, year)
                .get(ClauseMeasuresFixtures.GDANSK)).isEqualByComparingTo("20000");
        assertThat(map.years(PublicServicesMapIndicators.SOCIAL_CLAUSE_VALUE_SHARE)).contains(year - 1, year);
    }

    @Test
    void theMapShowsAPowiatsAndTheRegionsShareFromTheirOwnTotalsNotASumOfGminaShares() throws Exception {
        BigDecimal region = measures.region(year).share();
        String powiats = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/map/powiat?indicator=SOCIAL_CLAUSE_VALUE_SHARE&year=" + year))
                .andReturn().getResponse().getContentAsString();
        List<Object> gdanskPowiat = com.jayway.jsonpath.JsonPath.read(powiats,
                "$.features[?(@.properties.teryt == '2261')].properties.value");
        // the powiat of Gdańsk alone has 35 %; adding its gminas' shares up would give more
        assertThat(new BigDecimal(gdanskPowiat.get(0).toString())).isEqualByComparingTo("35");
        String totals = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/map/totals?indicator=SOCIAL_CLAUSE_VALUE_SHARE&year=" + year))
                .andReturn().getResponse().getContentAsString();
        Object regionOnMap = com.jayway.jsonpath.JsonPath.read(totals, "$.region");
        assertThat(region).isNotNull().isLessThan(pln("95"));
        assertThat(new BigDecimal(regionOnMap.toString())).isEqualByComparingTo(region);
    }

    @Test
    void programmeMeasuresCountTheDaysAskedByNoticeAndCallDateSplitByPowiat() {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 4, 30);

        // P1 (140 000 with clauses), P4 (60 000 with clauses), P5 (40 000 without)
        MeasureValue value = programme.compute(PublicServicesProgrammeMeasures.PROCUREMENT_VALUE, from, to);
        assertThat(value.value()).isEqualByComparingTo("240000");
        assertThat(value.byPowiat()).containsOnlyKeys("2261", "2264");
        assertThat(value.byPowiat().get("2261")).isEqualByComparingTo("140000");
        assertThat(value.byPowiat().get("2264")).isEqualByComparingTo("100000");
        assertThat(programme.compute(PublicServicesProgrammeMeasures.VALUE_WITH_CLAUSES, from, to).value())
                .isEqualByComparingTo("200000");
        // P2 (won by a PES on 05-01) lies outside the days asked
        assertThat(programme.compute(PublicServicesProgrammeMeasures.CONTRACTS_WON_BY_PES, from, to).value())
                .isEqualByComparingTo("1");
        assertThat(programme.compute(PublicServicesProgrammeMeasures.CONTRACTS_WON_BY_PES, from,
                LocalDate.of(year, 12, 31)).value()).isEqualByComparingTo("2");
        assertThat(programme.compute(PublicServicesProgrammeMeasures.PERSONS_EMPLOYED_ART96, from, to).value())
                .isEqualByComparingTo("2");
        MeasureValue tasks = programme.compute(PublicServicesProgrammeMeasures.PUBLIC_TASKS_VALUE_TO_PES, from, to);
        assertThat(tasks.value()).isEqualByComparingTo("20000");
        assertThat(tasks.byPowiat()).containsOnlyKeys("2261");
        assertThat(programme.compute(PublicServicesProgrammeMeasures.PROCUREMENT_VALUE, LocalDate.of(year - 5, 1, 1),
                LocalDate.of(year - 5, 12, 31)).value()).isEqualByComparingTo("0");
        assertThat(programme.measures()).hasSize(7);
    }

    @Test
    void aProcurementEnteredThroughTheServiceCountsWithTheFlagsCopiedFromTheRegister() {
        OrganisationView buyer = entered.jst("Gmina Pruszcz Gdański", ClauseMeasuresFixtures.GDANSK);
        OrganisationView cooperative = entered.pes("Spółdzielnia Socjalna Razem", ClauseMeasuresFixtures.SOPOT, null, true);
        var input = PublicServicesFixtures.withLots(PublicServicesFixtures.input(buyer.id(), "Sprzątanie urzędu"),
                PublicServicesFixtures.awardedTo(PublicServicesFixtures.reservedLot(1, "90000"), cooperative.id(), null,
                        null, "80000"),
                pl.koordynator.es.publicservices.LotInput.plain(2, "Dostawa środków czystości", new BigDecimal("100000")));
        var created = entered.created(input);

        ClauseMeasure measure = jst(created.noticeDate().getYear(), buyer.id());
        assertThat(measure.valueTotal()).isEqualByComparingTo("180000");
        assertThat(measure.valueWithClauses()).isEqualByComparingTo("80000");
        assertThat(measure.share()).isEqualByComparingTo("44.44");
        assertThat(measure.contractsWonByPes()).isEqualTo(1);
        assertThat(measure.contractsWonBySocialEnterprises()).isEqualTo(1);
        assertThat(measure.valueWonBySocialEnterprises()).isEqualByComparingTo("80000");
    }

    @Test
    void aJstsTierComesFromItsName() {
        assertThat(ClauseMeasuresService.tier("Gmina Kolbudy")).isEqualTo(JstTier.GMINA);
        assertThat(ClauseMeasuresService.tier("Miasto Gdańsk")).isEqualTo(JstTier.GMINA);
        assertThat(ClauseMeasuresService.tier("Powiat Kartuski")).isEqualTo(JstTier.POWIAT);
        assertThat(ClauseMeasuresService.tier("Województwo Pomorskie")).isEqualTo(JstTier.VOIVODESHIP);
    }

    private ClauseMeasure jst(int year, long id) {
        return measures.measures(year, ClauseMeasureLevel.JST).stream()
                .filter(m -> m.unitCode().equals(String.valueOf(id))).findFirst().orElseThrow();
    }

    private ClauseMeasure unit(ClauseMeasureLevel level, String teryt) {
        return measures.measures(year, level).stream().filter(m -> m.unitCode().equals(teryt)).findFirst().orElseThrow();
    }
}
