package pl.koordynator.es.catalogue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import pl.koordynator.es.testing.RegionDate;

/**
 * A mark ends with its last day: on the next request after it, the offer is no longer in the
 * marked results or facet of the public search, its public page has no badge and the list of
 * marked offers leaves it out, with no job having run in between.
 */
class MarkExpiryTest extends IntegrationTest {

    @Autowired
    MarkFixtures fixtures;

    @Test
    void aMarkValidUntilYesterdayIsGoneFromTheMarkedFacetTheBadgeAndThePublicList() throws Exception {
        LocalDate today = RegionDate.today();
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Znakowa", 24, null);
        long lastDay = fixtures.offer(pes, "Catering ze znakiem", "PUBLISHED");
        long expired = fixtures.offer(pes, "Pranie bez znaku", "PUBLISHED");
        fixtures.licence(lastDay, pes.id(), "ZP/2025/100", today.minusYears(1).plusDays(1), today);
        fixtures.licence(expired, pes.id(), "ZP/2025/101", today.minusYears(1), today.minusDays(1));

        mvc.perform(get("/api/v1/catalogue/offers").param("marked", "true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.offers.content", hasSize(1)))
                .andExpect(jsonPath("$.offers.content[0].id").value(lastDay))
                .andExpect(jsonPath("$.facets.marked[?(@.value == 'true')].count").value(1));
        mvc.perform(get("/api/v1/catalogue/offers/" + expired)).andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(false))
                .andExpect(jsonPath("$.licenceNumber").doesNotExist());
        mvc.perform(get("/api/v1/catalogue/offers/" + lastDay)).andExpect(jsonPath("$.marked").value(true))
                .andExpect(jsonPath("$.licenceNumber").value("ZP/2025/100"));
        mvc.perform(get("/api/v1/catalogue/marks")).andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].licenceNumber").value("ZP/2025/100"));
        mvc.perform(get("/katalog/znak")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ZP/2025/100")))
                .andExpect(content().string(containsString("/katalog/oferty/" + lastDay)))
                .andExpect(content().string(not(containsString("ZP/2025/101"))));
    }
}
