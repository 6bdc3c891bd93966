package pl.koordynator.es.events;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EvaluationTest extends IntegrationTest {

    @Autowired
    ParticipantFixtures fixtures;

    OrganisationView north;
    UserView staff;
    long yesterday;
    long anna;
    long bartek;
    long cezary;

    @BeforeEach
    void workshopOfYesterday() {
        north = fixtures.owes("OWES Północ");
        staff = fixtures.staff(north);
        yesterday = fixtures.event(north, "Warsztaty wczoraj", ParticipantFixtures.day(-1, 9), 5, null);
        anna = fixtures.register(yesterday, "Anna Kowalska", "anna@example.org", RegistrationStatus.CONFIRMED);
        bartek = fixtures.register(yesterday, "Bartek Nowak", "bartek@example.org", RegistrationStatus.CONFIRMED);
        cezary = fixtures.register(yesterday, "Cezary Nieobecny", "cezary@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(anna);
        fixtures.attended(bartek);
    }

    private String link(long registration) {
        return "/events/registrations/" + fixtures.token(registration) + "/evaluation";
    }

    @Test
    void anAttendeeFillsInTheFormOnceAfterTheEvent() throws Exception {
        mvc.perform(get(link(anna))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jak ogólnie oceniasz wydarzenie?")))
                .andExpect(content().string(containsString("Warsztaty wczoraj")));

        mvc.perform(post(link(anna)).with(csrf()).param("overall", "5").param("usefulness", "4")
                        .param("organisation", "4").param("comment", "Bardzo konkretne przykłady."))
                .andExpect(redirectedUrl(link(anna)));
        mvc.perform(get(link(anna))).andExpect(content().string(containsString("Ankietę można wypełnić tylko raz")))
                .andExpect(content().string(not(containsString("Wyślij ocenę"))));

        mvc.perform(post(link(anna)).with(csrf()).param("overall", "1").param("usefulness", "1")
                        .param("organisation", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ankietę można wypełnić tylko raz")));
        assertThat(jdbc.sql("select count(*) from event_evaluation").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select overall from event_evaluation").query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void eachMissingOrWrongAnswerGetsItsMessageBesideIt() throws Exception {
        String page = mvc.perform(post(link(anna)).with(csrf()).param("overall", "7").param("usefulness", "")
                        .param("comment", "x".repeat(2001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"overall-error\"", "Ocena musi być liczbą od 1 do 5.",
                "id=\"usefulness-error\"", "id=\"organisation-error\"", "Wybierz ocenę od 1 do 5.",
                "id=\"comment-error\"", "Komentarz może mieć najwyżej 2000 znaków.");
        assertThat(jdbc.sql("select count(*) from event_evaluation").query(Integer.class).single()).isZero();
    }

    @Test
    void theFormIsNotOpenBeforeTheEndNorToThoseNotPresent() throws Exception {
        long today = fixtures.event(north, "Trwające szkolenie", ParticipantFixtures.day(0, 0), 47, null);
        long jan = fixtures.register(today, "Jan Kos", "jan@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(jan);

        mvc.perform(get(link(jan))).andExpect(content().string(containsString("Ankieta będzie dostępna po zakończeniu")))
                .andExpect(content().string(not(containsString("Wyślij ocenę"))));
        mvc.perform(post(link(jan)).with(csrf()).param("overall", "5").param("usefulness", "5")
                .param("organisation", "5")).andExpect(content().string(containsString("Ankieta będzie dostępna")));
        mvc.perform(get(link(cezary))).andExpect(content().string(containsString(
                "Ankietę wypełniają osoby, których obecność na wydarzeniu potwierdził organizator")));
        mvc.perform(post(link(cezary)).with(csrf()).param("overall", "5").param("usefulness", "5")
                .param("organisation", "5")).andExpect(status().isOk());
        mvc.perform(get("/events/registrations/" + UUID.randomUUID() + "/evaluation")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from event_evaluation").query(Integer.class).single()).isZero();
    }

    @Test
    void theOrganiserSeesMeansDistributionAndComments() throws Exception {
        long dorota = fixtures.register(yesterday, "Dorota Lis", "dorota@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(dorota);
        fixtures.attended(cezary);
        answer(anna, 5, 4, 3, "Świetne warsztaty.");
        answer(bartek, 4, 4, 5, "");
        answer(dorota, 4, 2, 5, "Za krótka przerwa.");

        String page = mvc.perform(get("/events/" + yesterday + "/evaluation").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Odpowiedzi: 3 z 4 obecnych", "Świetne warsztaty.", "Za krótka przerwa.",
                "Komentarze (2)");
        assertThat(page).containsPattern("id=\"mean-overall\">4,3<");
        assertThat(page).containsPattern("id=\"mean-usefulness\">3,3<");
        assertThat(page).containsPattern("id=\"mean-organisation\">4,3<");
        // overall: two fours and one five
        assertThat(page).containsPattern("<th scope=\"row\">4</th>\\s*<td>2</td>");

        UserView south = fixtures.staff(fixtures.owes("OWES Południe"));
        mvc.perform(get("/events/" + yesterday + "/evaluation").with(fixtures.as(south)))
                .andExpect(status().isForbidden());
    }

    private void answer(long registration, int overall, int usefulness, int organisation, String comment)
            throws Exception {
        mvc.perform(post(link(registration)).with(csrf()).param("overall", String.valueOf(overall))
                .param("usefulness", String.valueOf(usefulness)).param("organisation", String.valueOf(organisation))
                .param("comment", comment)).andExpect(status().is3xxRedirection());
    }
}
