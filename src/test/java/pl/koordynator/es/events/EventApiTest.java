package pl.koordynator.es.events;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EventApiTest extends IntegrationTest {

    private static final String EVENT = """
            {"title": "Warsztaty z klauzul społecznych", "type": "WORKSHOP",
             "description": "Jak gminy mogą zamawiać usługi u PES.", "startsAt": "2027-03-03T10:00:00+01:00",
             "endsAt": "2027-03-03T14:00:00+01:00", "gminaTeryt": "2261011", "venue": "ul. Długa 1",
             "capacity": 30, "publicEvent": true, "status": "PUBLISHED", "topics": ["SOCIAL_CLAUSES", "PUBLIC_PROCUREMENT"]}""";

    @Autowired
    EventsFixtures fixtures;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count() {
        return jdbc.sql("select count(*) from event").query(Long.class).single();
    }

    @Test
    void anOwesCreatesItsOwnEventWhateverOrganiserItSendsIsRefusedAndTheEventIsAudited() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Pomorze Północne");
        UserView staff = fixtures.owesUser(owes);

        mvc.perform(json(post("/api/v1/events").with(user(users.principal(staff))), EVENT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/events/")))
                .andExpect(jsonPath("$.organiserId").value(owes.id()))
                .andExpect(jsonPath("$.organiserName").value("OWES Pomorze Północne"))
                .andExpect(jsonPath("$.startsAt").value("2027-03-03T09:00:00Z"))
                .andExpect(jsonPath("$.topics", hasSize(2)))
                .andExpect(jsonPath("$.freePlaces").value(30));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Event' and action = 'CREATE'")
                .query(Long.class).single()).isOne();

        OrganisationView other = fixtures.owes("OWES Południe");
        mvc.perform(json(post("/api/v1/events").with(user(users.principal(staff))),
                        EVENT.replace("\"type\"", "\"organiserId\": " + other.id() + ", \"type\"")))
                .andExpect(status().isForbidden());
        assertThat(count()).isOne();
    }

    @Test
    void anOwesCannotChangeAnotherOwessEvent() throws Exception {
        OrganisationView north = fixtures.owes("OWES Północ");
        OrganisationView south = fixtures.owes("OWES Południe");
        UserView northStaff = fixtures.owesUser(north);
        UserView southStaff = fixtures.owesUser(south);
        String created = mvc.perform(json(post("/api/v1/events").with(user(users.principal(northStaff))), EVENT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = com.jayway.jsonpath.JsonPath.parse(created).read("$.id", Long.class);

        mvc.perform(json(put("/api/v1/events/" + id).with(user(users.principal(southStaff))),
                        EVENT.replace("\"status\"", "\"version\": 0, \"status\"")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/events/" + id).with(user(users.principal(northStaff))),
                        EVENT.replace("Warsztaty z klauzul", "Warsztaty o klauzulach").replace("\"status\"", "\"version\": 0, \"status\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Warsztaty o klauzulach społecznych"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/events/" + id).with(user(users.principal(northStaff))),
                        EVENT.replace("\"status\"", "\"version\": 0, \"status\"")))
                .andExpect(status().isConflict());
    }

    @Test
    void badValuesAreNamedFieldByFieldAndNothingIsSaved() throws Exception {
        mvc.perform(json(post("/api/v1/events").with(users.as(Role.ADMIN)), """
                        {"title": "Abc", "type": "PICNIC", "startsAt": "jutro", "endsAt": "2027-03-03T09:00:00+01:00",
                         "capacity": 0, "onlineUrl": "ftp://x", "topics": ["COOKING"],
                         "registrationOpensAt": "2027-03-02T10:00:00+01:00", "registrationClosesAt": "2027-03-01T10:00:00+01:00"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'startsAt')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'capacity')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'onlineUrl')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'topics')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'registrationClosesAt')]").exists());
        mvc.perform(json(post("/api/v1/events").with(users.as(Role.ADMIN)),
                        EVENT.replace("\"endsAt\": \"2027-03-03T14:00:00+01:00\"", "\"endsAt\": \"2027-03-03T08:00:00+01:00\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endsAt"));
        assertThat(count()).isZero();
    }

    @Test
    void thePublicSeesPublishedPublicEventsOnlyAndDraftsStayWithTheirOrganiser() throws Exception {
        EventView published = fixtures.published(fixtures.training("Szkolenie otwarte dla wszystkich", 10));
        EventView draft = fixtures.published(withStatus(fixtures.training("Szkolenie jeszcze w planach", 10), "DRAFT", true));
        EventView internal = fixtures.published(withStatus(fixtures.training("Spotkanie robocze OWES", 10), "PUBLISHED", false));

        mvc.perform(get("/api/v1/events")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].id").value(published.id()));
        mvc.perform(get("/api/v1/events/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + internal.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + internal.id()).with(users.as(Role.PES))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/events").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.content", hasSize(3)));
        mvc.perform(get("/api/v1/events?powiat=22")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("powiat"));
        mvc.perform(get("/api/v1/events?type=TRAINING&topic=LEGAL&powiat=2261"))
                .andExpect(jsonPath("$.content", hasSize(1)));
        mvc.perform(get("/api/v1/events?type=CONFERENCE")).andExpect(jsonPath("$.content", hasSize(0)));
    }

    @Test
    void cancellingAPublishedEventTellsEveryoneRegistered() throws Exception {
        EventView event = fixtures.published(fixtures.training("Szkolenie, które się nie odbędzie", 1));
        for (String email : new String[] {"anna@example.pl", "jan@example.pl"}) {
            mvc.perform(json(post("/api/v1/events/" + event.id() + "/registrations"),
                    "{\"name\": \"Osoba Testowa\", \"email\": \"" + email + "\", \"consent\": true, \"altcha\": \""
                            + challenges.solved() + "\"}"))
                    .andExpect(status().isCreated());
        }
        mvc.perform(json(put("/api/v1/events/" + event.id()).with(users.as(Role.ADMIN)),
                        EVENT.replace("\"PUBLISHED\"", "\"CANCELLED\"").replace("\"capacity\": 30", "\"capacity\": 1")
                                .replace("\"status\"", "\"version\": 0, \"status\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(pl.koordynator.es.testing.MailServer.awaitReceived(4).stream()
                .filter(m -> m.subject().contains("Wydarzenie odwołane")).flatMap(m -> m.to().stream()))
                .containsExactlyInAnyOrder("anna@example.pl", "jan@example.pl");
        mvc.perform(delete("/api/v1/events/" + event.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isConflict());
    }

    private static pl.koordynator.es.events.domain.EventInput withStatus(pl.koordynator.es.events.domain.EventInput in,
            String status, boolean publicEvent) {
        return new pl.koordynator.es.events.domain.EventInput(in.title(), in.type(), in.description(), in.organiserId(),
                in.startsAt(), in.endsAt(), in.gminaTeryt(), in.venue(), in.onlineUrl(), in.capacity(),
                in.registrationOpensAt(), in.registrationClosesAt(), in.audience(), publicEvent, status, in.topics(),
                null, null, null);
    }
}
