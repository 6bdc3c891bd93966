package pl.koordynator.es.publicservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.GDANSK;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.KARTUZY;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/** The procurement API: a round trip, problems naming the fields, a partner kept to its own buyer. */
class ProcurementApiTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static String body(long buyerId, String cpv, String deadline, String lot) {
        return """
                {"buyerId": %d, "title": "Dowóz posiłków", "noticeNumber": "2025/BZP 00398118/01",
                 "cpvCodes": ["%s"], "estimatedValue": 100000, "procedure": "BASIC", "noticeDate": "%s",
                 "bidDeadline": "%s", "lots": [%s]}""".formatted(buyerId, cpv, RegionDate.today(), deadline, lot);
    }

    private static final String PLAIN_LOT = """
            {"number": 1, "title": "Posiłki", "estimatedValue": 100000, "reservedArt94": "SOCIAL_COOPERATIVES"}""";

    @Test
    void aPartnerCreatesReadsUpdatesAndDeletesItsProcurement() throws Exception {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        UserView partner = fixtures.partner(gdansk);
        String deadline = RegionDate.today().plusDays(7).toString();
        String created = mvc.perform(post("/api/v1/procurements").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content(body(gdansk.id(), "55520000-1", deadline,
                                PLAIN_LOT)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/procurements/")))
                .andExpect(jsonPath("$.buyerName").value("Gmina Miasta Gdańska"))
                .andExpect(jsonPath("$.lots[0].clauses[0]").value("RESERVED_ART94"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/procurements/" + id).with(as(fixtures.user(Role.PES))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.gminaName").value("Gdańsk"));
        mvc.perform(get("/api/v1/procurements").param("clause", "RESERVED_ART94").param("open", "true")
                        .with(as(fixtures.user(Role.COMMITTEE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].clauses[0]").value("RESERVED_ART94"));
        mvc.perform(get("/api/v1/procurements").param("teryt", "22")
                        .with(as(partner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("teryt"));

        mvc.perform(put("/api/v1/procurements/" + id).param("version", "0").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content(body(gdansk.id(), "55520000-1", deadline,
                                PLAIN_LOT + ", {\"number\": 2, \"estimatedValue\": 5000}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.lots.length()").value(2));
        mvc.perform(put("/api/v1/procurements/" + id).param("version", "0").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content(body(gdansk.id(), "55520000-1", deadline,
                                PLAIN_LOT)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(delete("/api/v1/procurements/" + id).with(as(partner))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/procurements/" + id).with(as(partner))).andExpect(status().isNotFound());
    }

    @Test
    void badValuesAreNamedInTheProblemAndNothingIsStored() throws Exception {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        UserView admin = fixtures.admin();
        String yesterday = RegionDate.today().minusDays(1).toString();
        mvc.perform(post("/api/v1/procurements").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(gdansk.id(), "5552000-1", yesterday, PLAIN_LOT)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("cpvCodes[0]", "bidDeadline")))
                .andExpect(jsonPath("$.errors[?(@.field == 'bidDeadline')].message")
                        .value(hasItem(org.hamcrest.Matchers.containsString("Termin składania ofert"))));
        String negative = body(gdansk.id(), "55520000-1", yesterday, """
                {"number": 1, "estimatedValue": -1, "result": "AWARDED", "contractorName": "Firma"}""")
                .replace("\"estimatedValue\": 100000", "\"estimatedValue\": -5");
        mvc.perform(post("/api/v1/procurements").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(negative))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("estimatedValue", "lots[0].estimatedValue")));
        String noContractValue = body(gdansk.id(), "55520000-1", RegionDate.today().toString(), """
                {"number": 1, "result": "AWARDED", "contractorName": "Firma"}""");
        mvc.perform(post("/api/v1/procurements").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(noContractValue))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lots[0].contractValue")));
        assertThat(jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerIsRefusedTheProcurementsOfAnotherBuyer() throws Exception {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        UserView partner = fixtures.partner(gdansk);
        String deadline = RegionDate.today().plusDays(7).toString();
        mvc.perform(post("/api/v1/procurements").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(kartuzy.id(), "55520000-1", deadline, PLAIN_LOT)))
                .andExpect(status().isForbidden());
        ProcurementView other = fixtures.created(PublicServicesFixtures.input(kartuzy.id(), "Koszenie"));
        mvc.perform(put("/api/v1/procurements/" + other.id()).param("version", "0").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content(body(kartuzy.id(), "55520000-1", deadline,
                                PLAIN_LOT)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/procurements/" + other.id()).with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/procurements/" + other.id()).with(as(partner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Koszenie"));
        mvc.perform(get("/api/v1/procurements/" + other.id())).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select title from publicservices_procurement").query(String.class).list())
                .containsExactly("Koszenie");
    }
}
