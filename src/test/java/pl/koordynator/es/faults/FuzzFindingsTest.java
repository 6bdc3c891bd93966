package pl.koordynator.es.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.catalogue.CatalogueFixtures;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The defects {@link ApiFuzzTest} found, each as the exact request it sent and the answer it should get. */
class FuzzFindingsTest extends IntegrationTest {

    @Autowired
    CatalogueFixtures catalogue;

    private String offerStatus(long id) {
        return jdbc.sql("select status from catalogue_offer where id = :id").param("id", id).query(String.class)
                .single();
    }

    @Test
    void aWriteWhoseClientAcceptsNoJsonIsRefusedBeforeItChangesAnything() throws Exception {
        CatalogueFixtures.Pes seller = catalogue.pes("Spółdzielnia Obiadowa", EventsFixtures.GDANSK, "Gdańsk");
        OfferView offer = catalogue.published(seller, CatalogueFixtures.input(seller.organisation().id(), "Catering",
                "Obiady dla szkół", "CATERING"));
        String before = offerStatus(offer.id());

        mvc.perform(post("/api/v1/catalogue/offers/" + offer.id() + "/withdraw").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));

        assertThat(offerStatus(offer.id())).as("the offer's status after a refused withdrawal").isEqualTo(before);
    }

    @Test
    void aNulCharacterInAQueryIsBadInputNotAServerError() throws Exception {
        mvc.perform(get("/api/v1/reporting/reports").param("period", "\u0000").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/v1/networks").param("powiat", "a\u0000b").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aConflictKeepsItsHttpStatusInTheProblemAndNamesTheOffersStatusApart() throws Exception {
        CatalogueFixtures.Pes seller = catalogue.pes("Spółdzielnia Drukarnia", EventsFixtures.GDANSK, "Gdańsk");
        OfferView offer = catalogue.published(seller, CatalogueFixtures.input(seller.organisation().id(), "Druk",
                "Ulotki i plakaty", "CATERING"));

        String body = mvc.perform(post("/api/v1/catalogue/offers/" + offer.id() + "/publish").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.offerStatus").value("PUBLISHED"))
                .andReturn().getResponse().getContentAsString();
        // a duplicate member makes the whole body unreadable to a strict JSON parser
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).path("status").asInt())
                .isEqualTo(409);
    }
}
