package pl.koordynator.es.networks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ties counted on the map per gmina and for the programme, as the measures count them. */
class NetworksIndicatorsTest extends IntegrationTest {

    @Autowired
    NetworksFixtures fixtures;

    @Autowired
    List<ProgrammeMeasures> programmeMeasures;

    private ProgrammeMeasures networks() {
        return programmeMeasures.stream()
                .filter(m -> m.measures().stream().anyMatch(x -> x.code().startsWith("networks."))).findFirst()
                .orElseThrow();
    }

    @Test
    void theMapShowsTiesOfPesWithBusinessPerGminaOfThePesAndSeesANewTieAtOnce() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Mapa", NetworksFixtures.GDANSK);
        OrganisationView other = fixtures.pes("Spółdzielnia Socjalna Druga", NetworksFixtures.GDYNIA);
        OrganisationView firm = fixtures.organisation("Firma z Gdyni", Kind.BUSINESS, NetworksFixtures.GDYNIA);
        OrganisationView lab = fixtures.organisation("Instytut Badań", Kind.SCIENCE, NetworksFixtures.GDYNIA);
        fixtures.tie(firm, pes, "SUPPLY_CONTRACT", "2024-02-01", null);
        fixtures.tie(lab, pes, "RESEARCH_PROJECT", "2024-02-01", null);

        mvc.perform(get("/api/v1/map/indicators"))
                .andExpect(jsonPath("$[?(@.code == 'TIES_PES_BUSINESS')].years[0]").value(2024));
        // counted where the PES is, not the firm
        mvc.perform(get("/api/v1/map/gmina?indicator=TIES_PES_BUSINESS&year=2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '2261011')].properties.value").value(1))
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '2262011')].properties.value").value(0));
        mvc.perform(get("/api/v1/map/gmina?indicator=PES_WITH_CROSS_SECTOR_TIE&year=2024"))
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '2261011')].properties.value").value(1));

        fixtures.tie(firm, other, "SUPPLY_CONTRACT", "2024-05-01", null);
        mvc.perform(get("/api/v1/map/gmina?indicator=TIES_PES_BUSINESS&year=2024"))
                .andExpect(jsonPath("$.features[?(@.properties.teryt == '2262011')].properties.value").value(1));
        mvc.perform(get("/api/v1/map/totals?indicator=TIES_PES_SCIENCE&year=2024"))
                .andExpect(jsonPath("$.region").value(1));
    }

    @Test
    void programmeMeasuresCountTiesOfTheDaysByPowiatOfThePes() {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Program", NetworksFixtures.GDANSK);
        OrganisationView other = fixtures.pes("Spółdzielnia Socjalna Gdynia", NetworksFixtures.GDYNIA);
        OrganisationView firm = fixtures.organisation("Przedsiębiorstwo Morskie", Kind.BUSINESS,
                NetworksFixtures.GDYNIA);
        fixtures.tie(firm, pes, "SUPPLY_CONTRACT", "2023-06-01", "2024-03-31");
        fixtures.tie(firm, other, "SUPPLY_CONTRACT", "2024-09-01", null);
        fixtures.tie(firm, other, "SPONSORSHIP", "2025-02-01", null);

        MeasureValue business2024 = networks().compute("networks.ties-pes-business", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        assertThat(business2024.value()).isEqualByComparingTo("2");
        assertThat(business2024.byPowiat()).containsEntry("2261", BigDecimal.ONE).containsEntry("2262", BigDecimal.ONE);
        MeasureValue business2025 = networks().compute("networks.ties-pes-business", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(business2025.value()).isEqualByComparingTo("2");
        assertThat(business2025.byPowiat()).containsOnlyKeys("2262");
        assertThat(networks().compute("networks.new-ties", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .value()).isEqualByComparingTo("1");
        assertThat(networks().compute("networks.pes-with-cross-sector-tie", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)).value()).isEqualByComparingTo("1");
        assertThat(networks().compute("networks.ties-pes-science", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)).value()).isZero();
        assertThat(networks().measures()).extracting(m -> m.code()).containsExactly("networks.ties-pes-business",
                "networks.ties-pes-science", "networks.pes-with-cross-sector-tie", "networks.new-ties",
                "networks.members", "networks.meetings");
        assertThatThrownBy(() -> networks().compute("networks.nothing", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }
}
