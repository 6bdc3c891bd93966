package pl.koordynator.es.networks;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Networks with their members over time and meetings from the calendar, and the offers board. */
class NetworksApiTest extends IntegrationTest {

    @Autowired
    NetworksFixtures fixtures;

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private long createNetwork(String json) throws Exception {
        String body = mvc.perform(post("/api/v1/networks").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void membersLeaveWithTheirHistoryKeptAndMeetingsComeFromTheCalendar() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, NetworksFixtures.GDANSK);
        OrganisationView kis = fixtures.organisation("KIS Gdynia", Kind.KIS, NetworksFixtures.GDYNIA);
        long network = createNetwork("""
                {"name": "Konwent CIS i KIS", "kind": "REINTEGRATION", "coordinatorId": %d, "foundedOn": "01.02.2020"}"""
                .formatted(cis.id()));
        UserView coordinator = fixtures.user(Role.PES, cis);
        mvc.perform(post("/api/v1/networks/" + network + "/members").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": %d, \"role\": \"COORDINATOR\", \"joinedOn\": \"2020-02-01\"}"
                                .formatted(cis.id())))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/networks/" + network + "/members").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\": %d, \"joinedOn\": \"2021-03-01\"}".formatted(kis.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.role").value("MEMBER"));
        // someone who neither runs ROPS nor coordinates the network changes nothing
        mvc.perform(delete("/api/v1/networks/" + network + "/members/" + kis.id()).with(as(
                fixtures.user(Role.PES, kis)))).andExpect(status().isForbidden());

        mvc.perform(delete("/api/v1/networks/" + network + "/members/" + kis.id() + "?leftOn=2023-06-30")
                .with(as(coordinator))).andExpect(status().isOk()).andExpect(jsonPath("$.leftOn").value("2023-06-30"));
        mvc.perform(get("/api/v1/networks/" + network + "/members"))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[1].organisationId").value(kis.id()))
                .andExpect(jsonPath("$[1].leftOn").value("2023-06-30"));
        mvc.perform(get("/api/v1/networks/" + network)).andExpect(jsonPath("$.currentMembers").value(1));

        // 2022: both members, a derived NETWORK tie; 2024: the KIS has left
        mvc.perform(get("/api/v1/ties?source=NETWORK&year=2022").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].sourceLabel").value("network #" + network));
        mvc.perform(get("/api/v1/ties?source=NETWORK&year=2024").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.totalElements").value(0));

        long meeting = fixtures.event("NETWORK_MEETING", LocalDate.now().minusDays(3));
        fixtures.attended(meeting, cis);
        fixtures.attended(meeting, cis);
        long workshop = fixtures.event("WORKSHOP", LocalDate.now().minusDays(3));
        mvc.perform(post("/api/v1/networks/" + network + "/meetings").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eventId\": " + workshop + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("eventId"));
        mvc.perform(post("/api/v1/networks/" + network + "/meetings").with(as(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"eventId\": " + meeting + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attendees").value(2));
        mvc.perform(get("/api/v1/ties/measures?year=" + LocalDate.now().minusDays(3).getYear() + "&level=powiat"))
                .andExpect(jsonPath("$.rows[0].meetings").value(1))
                .andExpect(jsonPath("$.rows[0].meetingAttendees").value(2))
                .andExpect(jsonPath("$.rows[0].membersBySector.PES").value(1))
                .andExpect(jsonPath("$.rows[?(@.teryt == '2261')].meetings").value(1));
    }

    @Test
    void internalNetworksAreHiddenFromVisitorsAndBadInputNamesTheField() throws Exception {
        long internal = createNetwork("{\"name\": \"Sieć OWES\", \"kind\": \"OWES\", \"publicNetwork\": false}");
        createNetwork("{\"name\": \"Sieć gastronomiczna\", \"kind\": \"PES_BRANCH\"}");
        mvc.perform(get("/api/v1/networks")).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/networks/" + internal)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/networks").with(users.as(Role.PES))).andExpect(jsonPath("$.totalElements").value(2));

        mvc.perform(post("/api/v1/networks").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"kind\": \"CLUB\", \"foundedOn\": \"2024-05-01\","
                                + " \"endedOn\": \"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'endedOn')]").exists());
        mvc.perform(put("/api/v1/networks/" + internal).with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Sieć OWES Pomorza\", \"kind\": \"OWES\", \"version\": 7}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from network").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void matchingOffersAreListedToBothSidesAndMailedToThoseWhoOptedIn() throws Exception {
        OrganisationView hotel = fixtures.organisation("Hotel Neptun", Kind.BUSINESS, NetworksFixtures.GDANSK);
        OrganisationView cooperative = fixtures.pes("Spółdzielnia Socjalna Kuchnia", NetworksFixtures.GDANSK);
        UserView hotelUser = fixtures.user(Role.PARTNER, hotel);
        UserView pesUser = fixtures.user(Role.PES, cooperative);
        String need = mvc.perform(post("/api/v1/networks/offers").with(as(hotelUser))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"side": "NEED", "category": "CATERING", "title": "Obiady dla gości konferencji",
                                 "areaTeryt": "2261", "notifyMatches": true}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long needId = ((Number) com.jayway.jsonpath.JsonPath.read(need, "$.id")).longValue();
        // a PES posts no need, and a need elsewhere or of another category matches nothing
        mvc.perform(post("/api/v1/networks/offers").with(as(pesUser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"side\": \"NEED\", \"category\": \"CATERING\", \"title\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("side"));
        mvc.perform(post("/api/v1/networks/offers").with(as(pesUser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"side\": \"OFFER\", \"category\": \"CLEANING\", \"title\": \"Sprzątanie biur\","
                                + " \"areaTeryt\": \"2261011\"}"))
                .andExpect(status().isCreated());
        assertThat(MailServer.received()).isEmpty();

        String offer = mvc.perform(post("/api/v1/networks/offers").with(as(pesUser))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"side": "OFFER", "category": "CATERING", "title": "Catering z lokalnych produktów",
                                 "areaTeryt": "2261011"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long offerId = ((Number) com.jayway.jsonpath.JsonPath.read(offer, "$.id")).longValue();

        MailServer.Mail mail = MailServer.awaitMail(m -> m.to().contains(hotelUser.email()));
        assertThat(mail.subject()).contains("Obiady dla gości konferencji");
        assertThat(mail.text()).contains("Catering z lokalnych produktów").contains("/networks/offers/" + offerId);
        // the PES did not opt in: nothing to it
        assertThat(MailServer.received()).noneMatch(m -> m.to().contains(pesUser.email()));

        mvc.perform(get("/api/v1/networks/offers/" + needId + "/matches").with(as(pesUser)))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(offerId));
        mvc.perform(get("/api/v1/networks/offers/" + offerId + "/matches").with(as(hotelUser)))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].id").value(needId));

        mvc.perform(post("/api/v1/networks/offers/" + needId + "/close").with(as(pesUser))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ledToTie\": true}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/networks/offers/" + needId + "/close").with(as(hotelUser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ledToTie\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.ledToTie").value(true));
        mvc.perform(get("/api/v1/networks/offers/" + offerId + "/matches").with(as(hotelUser)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/networks/offers")).andExpect(status().isUnauthorized());
    }
}
