package pl.koordynator.es.events;

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EventPagesTest extends IntegrationTest {

    @Autowired
    EventsFixtures fixtures;

    @Test
    void theCalendarListsComingEventsAndTheMonthShowsThemOnTheirDay() throws Exception {
        EventView event = fixtures.published(fixtures.training("Prawo spółdzielcze dla zarządów", 20));
        String month = event.startsAt().atZoneSameInstant(java.time.ZoneId.of("Europe/Warsaw"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM"));

        mvc.perform(get("/events")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prawo spółdzielcze dla zarządów")))
                .andExpect(content().string(containsString("Wydarzeń: 1")));
        mvc.perform(get("/events?type=CONFERENCE")).andExpect(content().string(containsString("Brak wydarzeń")));
        mvc.perform(get("/events?past=true")).andExpect(content().string(not(containsString("Prawo spółdzielcze dla"))));
        mvc.perform(get("/events/calendar?month=" + month)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prawo spółdzielcze dla zarządów")));
        mvc.perform(get("/events/calendar?month=nonsense")).andExpect(status().isOk());
        mvc.perform(get("/events/" + event.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Miejsca: 0 z 20 zajęte")))
                .andExpect(content().string(containsString("Wyrażam zgodę na przetwarzanie")));
    }

    @Test
    void theRegistrationFormShowsEveryProblemBesideItsFieldAndAGoodOneLeadsToTheOwnPage() throws Exception {
        EventView event = fixtures.published(fixtures.training("Marketing w mediach społecznościowych", 20));

        mvc.perform(post("/events/" + event.id() + "/registrations").with(csrf())
                        .param("name", "").param("email", "zły-adres"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Podaj imię i nazwisko.")))
                .andExpect(content().string(containsString("Adres e-mail jest niepoprawny.")))
                .andExpect(content().string(containsString("Zapis wymaga zgody na przetwarzanie danych osobowych.")))
                .andExpect(content().string(containsString("Potwierdź, że nie jesteś robotem")));
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isZero();

        String target = mvc.perform(post("/events/" + event.id() + "/registrations").with(csrf())
                        .param("name", "Anna Nowak").param("email", "anna@example.pl")
                        .param("organisationName", "Spółdzielnia Socjalna Razem").param("consent", "true")
                        .param("altcha", challenges.solved()))
                .andExpect(redirectedUrlPattern("/events/registrations/*?new"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(target)).andExpect(content().string(containsString("Masz potwierdzone miejsce.")))
                .andExpect(content().string(containsString("anna@example.pl")));

        mvc.perform(post("/events/" + event.id() + "/registrations").with(csrf())
                        .param("name", "Anna Nowak").param("email", "anna@example.pl").param("consent", "true")
                        .param("altcha", challenges.solved()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ten adres e-mail jest już zapisany")));
    }

    @Test
    void aTypedNameOfARegisteredOrganisationLinksTheRegistrationToIt() throws Exception {
        OrganisationView cooperative = fixtures.owes("Spółdzielnia Socjalna Wspólny Stół");
        EventView event = fixtures.published(fixtures.training("Finansowanie zwrotne dla PES", 20));
        mvc.perform(get("/events/organisations?organisationName=wspólny")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Spółdzielnia Socjalna Wspólny Stół\"")));

        mvc.perform(post("/events/" + event.id() + "/registrations").with(csrf()).param("name", "Jan Kowalski")
                .param("email", "jan@example.pl").param("organisationName", "spółdzielnia socjalna wspólny stół")
                .param("consent", "true").param("altcha", challenges.solved())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select organisation_id from event_registration").query(Long.class).single())
                .isEqualTo(cooperative.id());
    }

    @Test
    void anOwesCreatesADraftWithTheFormPublishesItAndAnotherOwesMayNotEditIt() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Kaszuby");
        UserView staff = fixtures.owesUser(owes);
        UserView stranger = fixtures.owesUser(fixtures.owes("OWES Kociewie"));

        mvc.perform(post("/events").with(csrf()).with(user(users.principal(staff))).param("title", "Ab")
                        .param("type", "").param("startsAt", "2027-05-10T10:00").param("endsAt", "2027-05-10T09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tytuł musi mieć co najmniej 5 znaków.")))
                .andExpect(content().string(containsString("Wybierz rodzaj wydarzenia.")))
                .andExpect(content().string(containsString("Koniec nie może być wcześniejszy niż początek.")))
                .andExpect(content().string(containsString("Podaj gminę i miejsce albo link do wydarzenia online.")));
        mvc.perform(post("/events").with(csrf()).with(user(users.principal(staff))).param("title", "Sieciowanie PES")
                        .param("type", "MEETING").param("startsAt", "2027-05-10T10:00").param("endsAt", "2027-05-10T09:00")
                        .param("onlineUrl", "https://spotkanie.example.pl").param("capacity", "dwadzieścia"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Koniec nie może być wcześniejszy niż początek.")))
                .andExpect(content().string(containsString("capacity-error")));
        assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isZero();

        String location = mvc.perform(post("/events").with(csrf()).with(user(users.principal(staff)))
                        .param("title", "Sieciowanie spółdzielni socjalnych").param("type", "NETWORK_MEETING")
                        .param("startsAt", "2027-05-10T10:00").param("endsAt", "2027-05-10T13:00")
                        .param("onlineUrl", "https://spotkanie.example.pl/sieciowanie").param("topics", "COOPERATION")
                        .param("publicEvent", "true").param("action", "draft"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(users.principal(staff))))
                .andExpect(content().string(containsString("Szkic – widoczny tylko dla organizatora i ROPS.")))
                .andExpect(content().string(containsString("OWES Kaszuby")));
        mvc.perform(get(location + "/edit").with(user(users.principal(stranger)))).andExpect(status().isNotFound());

        mvc.perform(post(location + "/publish").with(csrf()).with(user(users.principal(staff))).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sieciowanie spółdzielni socjalnych")));
        mvc.perform(get(location + "/edit").with(user(users.principal(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get(location + "/edit").with(users.as(Role.ADMIN))).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PUBLISHED");
    }
}
