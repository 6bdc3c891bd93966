package pl.koordynator.es.events.domain;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.events.RegistrationStatus;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The morning e-mail with the evaluation link, run as the scheduler would run it. */
class EvaluationRequestsTest extends IntegrationTest {

    @Autowired
    ParticipantFixtures fixtures;

    @Autowired
    EvaluationRequests requests;

    @Autowired
    Notifications notifications;

    @Test
    void attendeesOfYesterdaysEventsGetTheLinkByMailOnceInTheirLanguage() throws Exception {
        OrganisationView north = fixtures.owes("OWES Północ");
        long yesterday = fixtures.event(north, "Warsztaty wczoraj", ParticipantFixtures.day(-1, 9), 5, null);
        long anna = fixtures.register(yesterday, "Anna Kowalska", "anna@example.org", RegistrationStatus.CONFIRMED);
        long bartek = fixtures.register(yesterday, "Bartek Nowak", "bartek@example.org", RegistrationStatus.CONFIRMED);
        fixtures.register(yesterday, "Cezary Nieobecny", "cezary@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(anna);
        fixtures.attended(bartek);
        fixtures.language(bartek, "en");
        long older = fixtures.event(north, "Dawne spotkanie", ParticipantFixtures.day(-30, 9), 2, null);
        long old = fixtures.register(older, "Stary Uczestnik", "old@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(old);
        long today = fixtures.event(north, "Dzisiejsze spotkanie", ParticipantFixtures.day(0, 0), 1, null);
        long now = fixtures.register(today, "Dzisiejszy Uczestnik", "today@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(now);

        assertThat(requests.send(notifications)).isEqualTo(2);
        assertThat(requests.send(notifications)).isZero();

        String annaLink = "/events/registrations/" + fixtures.token(anna) + "/evaluation";
        MailServer.Mail toAnna = MailServer.awaitMail(mail -> mail.to().contains("anna@example.org"));
        assertThat(toAnna.subject()).endsWith("Oceń wydarzenie: Warsztaty wczoraj");
        String url = toAnna.text().lines().filter(line -> line.contains("/evaluation")).findFirst().orElseThrow()
                .strip();
        assertThat(url).endsWith(annaLink);
        mvc.perform(get(URI.create(url).getPath())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wyślij ocenę")));

        MailServer.Mail toBartek = MailServer.awaitMail(mail -> mail.to().contains("bartek@example.org"));
        assertThat(toBartek.subject()).endsWith("Rate the event: Warsztaty wczoraj");
        assertThat(toBartek.text()).contains("/events/registrations/" + fixtures.token(bartek) + "/evaluation?lang=en");
        assertThat(MailServer.received()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from event_registration where evaluation_requested_at is not null")
                .query(Integer.class).single()).isEqualTo(2);
    }
}
