package pl.koordynator.es.reintegration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The aggregates as a reader gets them: a powiat with 3 referrals shows "&lt;5" in the API and on the page,
 * and neither the region's total nor the year's can give it back, whatever published numbers one subtracts;
 * the counts stay when the referrals behind them are erased.
 */
class AggregateServiceTest extends IntegrationTest {

    @Autowired
    Territory territory;

    @Autowired
    JsonMapper json;

    ReintegrationStatisticFixtures statistic;
    int year;
    List<Unit> powiats;

    @BeforeEach
    void rows() {
        statistic = new ReintegrationStatisticFixtures(jdbc);
        year = RegionDate.today().getYear() - 1;
        powiats = territory.units(Level.POWIAT, null);
        statistic.referrals(3, year, 1, powiats.get(0).teryt());
        statistic.referrals(20, year, 1, powiats.get(1).teryt());
        statistic.referrals(12, year, 2, powiats.get(2).teryt());
        statistic.referrals(9, year, 3, powiats.get(3).teryt());
        statistic.referrals(7, year, 1, powiats.get(3).teryt());
    }

    @Test
    void aPowiatOfThreeShowsUnderFiveAndTheRegionTotalCannotGiveItBack() throws Exception {
        for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
            JsonNode table = table(quarter, "POWIAT");
            List<JsonNode> hidden = new ArrayList<>();
            long published = 0;
            for (JsonNode area : table.get("areas")) {
                JsonNode referrals = area.get("referrals");
                if (referrals.get("suppressed").asBoolean()) {
                    assertThat(referrals.get("value") == null || referrals.get("value").isNull()).isTrue();
                    hidden.add(area);
                } else {
                    published += referrals.get("value").asLong();
                }
            }
            JsonNode region = table.get("region").get("referrals");
            // the region minus the published powiats is shared by two hidden powiats at least, or the region is hidden
            assertThat(hidden.size() >= 2 || hidden.isEmpty() && region.get("value").asLong() == published
                    || region.get("suppressed").asBoolean()).as("quarter " + quarter).isTrue();
        }
        JsonNode year = table(null, "POWIAT");
        JsonNode first = area(year, powiats.get(0).teryt());
        assertThat(first.get("referrals").get("suppressed").asBoolean()).isTrue();
        // who refers to whom: for the region's year only, not split by powiat (nor by quarter)
        assertThat(first.has("flows") && !first.get("flows").isNull()).isFalse();
        assertThat(year.get("region").get("flows").get("cells").get("JSPS").get("CIS").get("suppressed").asBoolean())
                .isFalse();
        JsonNode regionOfQuarter = table(1, "REGION").get("region");
        assertThat(regionOfQuarter.has("flows") && !regionOfQuarter.get("flows").isNull()).isFalse();
        // the quarters of the powiat and its year: never exactly one hidden, so no subtraction gives it
        int hiddenPeriods = 0;
        for (Integer quarter : new Integer[] {null, 1, 2, 3, 4}) {
            if (area(table(quarter, "POWIAT"), powiats.get(0).teryt()).get("referrals").get("suppressed").asBoolean()) {
                hiddenPeriods++;
            }
        }
        assertThat(hiddenPeriods).isGreaterThanOrEqualTo(2);
        // a large powiat stays published
        assertThat(area(year, powiats.get(1).teryt()).get("referrals").get("value").asLong()).isEqualTo(20);
        assertThat(area(year, powiats.get(1).teryt()).get("cooperatingPairs").get("value").asLong()).isEqualTo(1);
        // pairs <= referrals: where the referrals are hidden, so are the pairs (API, map, page, file)
        assertThat(first.get("cooperatingPairs").get("suppressed").asBoolean()).isTrue();
        assertThat(first.get("cooperatingPairs").has("value") && !first.get("cooperatingPairs").get("value").isNull())
                .isFalse();
        String coop = mvc.perform(get("/reintegracja/wspolpraca").param("year", String.valueOf(this.year))
                .with(users.as(Role.COMMITTEE))).andReturn().getResponse().getContentAsString();
        String coopRow = coop.substring(coop.indexOf("id=\"powiat-" + powiats.get(0).teryt() + "\""));
        coopRow = coopRow.substring(0, coopRow.indexOf("</tr>"));
        assertThat(coopRow).contains("data-measure=\"pairs\">&lt;5</td>");
        String csv = mvc.perform(get("/reintegracja/statystyki/csv").param("year", String.valueOf(this.year))
                .param("level", "POWIAT").with(users.as(Role.COMMITTEE))).andReturn().getResponse()
                .getContentAsString();
        String line = csv.lines().filter(l -> l.contains(powiats.get(0).name())).findFirst().orElseThrow();
        assertThat(line).doesNotMatch(".*[;,]1[;,].*").contains("<5");
    }

    @Test
    void thePageShowsTheSmallPowiatAsUnderFiveAndExplainsIt() throws Exception {
        String page = mvc.perform(get("/reintegracja/statystyki").param("year", String.valueOf(year))
                        .param("level", "POWIAT").with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("id=\"area-" + powiats.get(0).teryt() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("data-measure=\"referrals\">&lt;5</td>");
        assertThat(page).contains("id=\"suppressed-note\"").contains("od 1 do 4 osób");
        String powiat20 = page.substring(page.indexOf("id=\"area-" + powiats.get(1).teryt() + "\""));
        assertThat(powiat20.substring(0, powiat20.indexOf("</tr>"))).contains("data-measure=\"referrals\">20</td>");
    }

    @Test
    void theDownloadsCarryTheSameSuppression() throws Exception {
        byte[] csv = mvc.perform(get("/reintegracja/statystyki/csv").param("year", String.valueOf(this.year))
                        .param("level", "POWIAT").with(users.as(Role.OWES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith(powiats.get(0).name() + ";")).findFirst().orElseThrow();
        assertThat(line.split(";")[1]).isEqualTo("<5");
        mvc.perform(get("/reintegracja/statystyki/xlsx").param("year", String.valueOf(year)).with(users.as(Role.PES)))
                .andExpect(status().isOk());
    }

    @Test
    void erasingTheReferralsBehindTheCountsLeavesTheCountsUnchanged() throws Exception {
        String powiat = powiats.get(4).teryt();
        for (int i = 0; i < 25; i++) {
            jdbc.sql("""
                    insert into reintegration_referral (person_key, sender_id, sender_name, sender_kind,
                        sender_powiat_teryt, receiver_id, receiver_name, receiver_kind, receiver_powiat_teryt,
                        risk_groups, legal_basis, referred_on, state, accepted_on, closed_on)
                    values (:key, 77, 'OPS', 'JSPS', :powiat, 78, 'CIS', 'CIS', :powiat, array['LONG_TERM_UNEMPLOYED'],
                        'SOCIAL_EMPLOYMENT_ACT', :day, 'REJECTED', null, :day)
                    """).param("key", "%064d".formatted(i)).param("powiat", powiat)
                    .param("day", java.time.LocalDate.of(year, 5, 10)).update();
        }
        JsonNode before = table(null, "POWIAT");
        // 25 persons, published unless needed as a complement of the small powiats
        assertThat(area(before, powiat).get("referrals").get("value") == null
                || area(before, powiat).get("referrals").get("value").asLong() == 25).isTrue();
        jdbc.sql("delete from reintegration_referral").update();
        assertThat(jdbc.sql("select count(*) from reintegration_statistic where referral_id is null and sender_id = 77")
                .query(Long.class).single()).isEqualTo(25);
        assertThat(table(null, "POWIAT")).isEqualTo(before);
    }

    @Test
    void subregionsAddUpTheirPowiats() throws Exception {
        long id = jdbc.sql("insert into subregion (name) values ('Północ') returning id").query(Long.class).single();
        for (Unit powiat : List.of(powiats.get(1), powiats.get(2))) {
            jdbc.sql("insert into subregion_powiat (subregion_id, powiat_teryt) values (:id, :powiat)")
                    .param("id", id).param("powiat", powiat.teryt()).update();
        }
        JsonNode table = table(null, "SUBREGION");
        assertThat(table.get("areas")).hasSize(1);
        assertThat(table.get("areas").get(0).get("referrals").get("value").asLong()).isEqualTo(32);
        assertThat(table.get("region").get("referrals").get("value").asLong()).isEqualTo(51);
    }

    private JsonNode table(Integer quarter, String level) throws Exception {
        var request = get("/api/v1/reintegration/aggregates").param("year", String.valueOf(year)).param("level", level)
                .with(users.as(Role.ADMIN));
        if (quarter != null) {
            request.param("quarter", String.valueOf(quarter));
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static JsonNode area(JsonNode table, String code) {
        for (JsonNode area : table.get("areas")) {
            if (area.get("code").asString().equals(code)) {
                return area;
            }
        }
        throw new AssertionError("no area " + code + " in " + Map.of());
    }
}
