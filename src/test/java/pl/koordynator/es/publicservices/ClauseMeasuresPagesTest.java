package pl.koordynator.es.publicservices;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a visitor reads on the social clause pages and in the API, what ROPS sees on its dashboard:
 * the figures of {@link ClauseMeasuresFixtures}, written the Polish way (350 000 zł, 25,71 %).
 */
class ClauseMeasuresPagesTest extends IntegrationTest {


    ClauseMeasuresFixtures data;

    @BeforeEach
    void enter() {
        data = new ClauseMeasuresFixtures(jdbc).enter();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aVisitorReadsTheRegionsFiguresAndItsJstWithPolishNumbers() throws Exception {
        String html = page("/klauzule-spoleczne?year=" + data.year);

        assertThat(html).contains("Klauzule społeczne w zamówieniach publicznych " + data.year)
                .containsPattern("id=\"f-value-total\">500 000,00 zł<")
                .containsPattern("id=\"f-value-with-clauses\">200 000,00 zł<")
                .containsPattern("id=\"f-share\">40 %<")
                .containsPattern("id=\"f-won-by-pes\">2 · 270 000,00 zł<")
                .containsPattern("id=\"f-art96\">2 / 3<")
                .containsPattern("id=\"f-tasks\">25 000,00 zł / 20 000,00 zł<")
                .contains("href=\"/klauzule-spoleczne/" + data.gdansk + "\">Gmina Miasta Gdańska</a>")
                .contains("href=\"/klauzule-spoleczne/" + data.sopot + "\">Gmina Miasta Sopotu</a>")
                .doesNotContain("Miejski Ośrodek Pomocy Społecznej w Gdańsku</a>");
        // sorted by share, the highest first: Sopot (60 %) before Gdańsk (40 %)
        String byShare = page("/klauzule-spoleczne?year=" + data.year + "&sort=share&dir=desc");
        assertThat(byShare.indexOf("Gmina Miasta Sopotu</a>")).isLessThan(byShare.indexOf("Gmina Miasta Gdańska</a>"));
        assertThat(byShare).contains("aria-sort=\"descending\"");
        String byName = page("/klauzule-spoleczne?year=" + data.year);
        assertThat(byName.indexOf("Gmina Miasta Gdańska</a>")).isLessThan(byName.indexOf("Gmina Miasta Sopotu</a>"));
    }

    @Test
    void aJstsPageShowsItsHistoryNextToTheRegionAndItsProcurementsWithClauses() throws Exception {
        String html = page("/klauzule-spoleczne/" + data.gdansk);

        assertThat(html).contains("Klauzule społeczne – gmina Gdańsk")
                .contains("data-year=\"" + data.year + "\"").contains("data-year=\"" + (data.year - 1) + "\"")
                .contains(">40 %<").contains(">90,91 %<").contains(">100 %<")
                .contains(">25,71 %<")
                .contains("Sprzątanie szkół").doesNotContain("Remont drogi")
                // a visitor reads the names; the procurement and the buyer's card need an account
                .doesNotContain("href=\"/zamowienia/").doesNotContain("href=\"/organisations/");
        String signedIn = mvc.perform(get("/klauzule-spoleczne/" + data.gdansk).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                users.principal(users.create("jst-reader-" + System.nanoTime(),
                                        pl.koordynator.es.security.Role.PES)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(signedIn).contains("href=\"/zamowienia/").contains("href=\"/organisations/" + data.gdansk + "\"");
        mvc.perform(get("/klauzule-spoleczne/" + data.mops)).andExpect(status().isNotFound());
        mvc.perform(get("/klauzule-spoleczne/999999")).andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesEachUnitOfTheLevelWithItsShareByClauseTypeAndNamesABadParameter() throws Exception {
        mvc.perform(get("/api/v1/procurements/measures").param("year", String.valueOf(data.year)).param("level", "region"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("REGION"))
                .andExpect(jsonPath("$.units[0].valueTotal").value(500000.0))
                .andExpect(jsonPath("$.units[0].valueWithClauses").value(200000.0))
                .andExpect(jsonPath("$.units[0].share").value(40.0))
                .andExpect(jsonPath("$.units[0].byClause[0].type").value("RESERVED_ART94"))
                .andExpect(jsonPath("$.units[0].byClause[0].share").value(18.0));
        mvc.perform(get("/api/v1/procurements/measures").param("year", String.valueOf(data.year)).param("level", "JST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2))
                .andExpect(jsonPath("$.units[1].unitName").value("Gmina Miasta Sopotu"))
                .andExpect(jsonPath("$.units[1].share").value(60.0));

        mvc.perform(get("/api/v1/procurements/measures").param("level", "county"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/v1/procurements/measures").param("year", "1999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void theJstTableDownloadsAsCsvWithTheRegionsTotals() throws Exception {
        byte[] csv = mvc.perform(get("/klauzule-spoleczne.csv").param("year", String.valueOf(data.year)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("klauzule-spoleczne-" + data.year + ".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Gmina Miasta Gdańska;3;5;350000,00;140000,00;40,00").contains("Gmina Miasta Sopotu;2;2;100000,00;60000,00;60,00")
                .contains("Region (wszyscy zamawiający);6;8;500000,00;200000,00;40,00");
        mvc.perform(get("/klauzule-spoleczne.xlsx").param("year", String.valueOf(data.year)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void ropsSeesAJstThatBoughtWithoutClausesAndNotOneThatUsedThem() throws Exception {
        long pruszcz = data.organisation("Gmina Pruszcz Gdański", "JST", "2204052");
        long procurement = data.procurement(pruszcz, "Gmina Pruszcz Gdański", "JST", "2204052",
                java.time.LocalDate.of(data.year, 1, 20), "Zakup komputerów");
        data.lot(procurement, 1, "30000", java.util.Map.of());

        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-jst-without-clauses");

        assertThat(card.count()).isEqualTo(1);
        assertThat(card.items()).extracting(PanelCards.Item::text).containsExactly("Gmina Pruszcz Gdański");
        assertThat(card.items().get(0).url()).isEqualTo("/klauzule-spoleczne/" + pruszcz);
        assertThat(card.moreUrl()).startsWith("/klauzule-spoleczne?year=" + data.year);
        assertThat(PanelCards.of(mvc, users.as(Role.PARTNER))).doesNotContainKey("rops-jst-without-clauses");
    }
}
