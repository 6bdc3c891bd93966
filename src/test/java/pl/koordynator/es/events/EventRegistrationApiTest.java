package pl.koordynator.es.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.events.domain.EventInput;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The check: capacity 2 and three registrations, the third waitlisted and promoted on a
 * cancellation through the e-mailed link, every step e-mailed; duplicates and late registrations refused.
 */
class EventRegistrationApiTest extends IntegrationTest {

    @Autowired
    EventsFixtures fixtures;

    @Autowired
    RegistrationService registrations;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String person(String name, String email) {
        return """
                {"name": "%s", "email": "%s", "organisationName": "Spółdzielnia Socjalna Razem",
                 "accessibilityNeeds": "", "consent": true, "altcha": "%s"}""".formatted(name, email,
                challenges.solved());
    }

    private long outbox(String recipient) {
        return jdbc.sql("select count(*) from notification where recipient = :r").param("r", recipient)
                .query(Long.class).single();
    }

    @Test
    void theThirdOfTwoPlacesWaitsAndIsPromotedWhenSomeoneCancelsThroughTheirLink() throws Exception {
        EventView event = fixtures.published(fixtures.training("Prawo spółdzielcze w praktyce", 2));
        String path = "/api/v1/events/" + event.id() + "/registrations";

        mvc.perform(json(post(path), person("Anna Nowak", "anna@example.pl")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(json(post(path), person("Jan Kowalski", "jan@example.pl")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(json(post(path), person("Ewa Wiśniewska", "ewa@example.pl")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITLISTED"))
                .andExpect(jsonPath("$.waitingPosition").value(1));

        assertThat(outbox("anna@example.pl")).as("confirmation in the outbox").isOne();
        assertThat(outbox("ewa@example.pl")).as("waiting-list notice in the outbox").isOne();
        MailServer.Mail annasConfirmation = MailServer.awaitMail(m -> m.to().contains("anna@example.pl"));
        assertThat(annasConfirmation.subject()).isEqualTo("[Koordynator ES] Potwierdzenie zapisu: Prawo spółdzielcze w praktyce");
        assertThat(annasConfirmation.text()).contains("Urząd Marszałkowski, ul. Okopowa 21/27", "Gdańsk");
        MailServer.Mail ewasNotice = MailServer.awaitMail(m -> m.to().contains("ewa@example.pl"));
        assertThat(ewasNotice.subject()).isEqualTo("[Koordynator ES] Lista rezerwowa: Prawo spółdzielcze w praktyce");

        // Anna cancels through the link in her confirmation, as she would from her mailbox
        String annasLink = EventsFixtures.ownLink(annasConfirmation);
        mvc.perform(get(annasLink)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Masz potwierdzone miejsce.")));
        mvc.perform(post(annasLink + "/cancel").with(csrf())).andExpect(status().is3xxRedirection());

        MailServer.Mail promotion = MailServer.awaitMail(m -> m.to().contains("ewa@example.pl")
                && m.subject().contains("Zwolniło się miejsce"));
        assertThat(promotion.text()).contains("masz teraz potwierdzony udział");
        MailServer.awaitMail(m -> m.to().contains("anna@example.pl") && m.subject().contains("Zapis anulowany"));
        assertThat(jdbc.sql("select status from event_registration where email = 'ewa@example.pl'")
                .query(String.class).single()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select status from event_registration where email = 'anna@example.pl'")
                .query(String.class).single()).isEqualTo("CANCELLED");
        mvc.perform(get("/api/v1/events/" + event.id()))
                .andExpect(jsonPath("$.confirmed").value(2)).andExpect(jsonPath("$.waitlisted").value(0))
                .andExpect(jsonPath("$.freePlaces").value(0));

        // the cancelled address may register again, and waits since the event is full once more
        mvc.perform(json(post(path), person("Anna Nowak", "anna@example.pl")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("WAITLISTED"));
    }

    @Test
    void theSameAddressCannotRegisterTwiceForOneEvent() throws Exception {
        EventView event = fixtures.published(fixtures.training("Księgowość spółdzielni socjalnej", 10));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        mvc.perform(json(post(path), person("Anna Nowak", "anna@example.pl"))).andExpect(status().isCreated());

        mvc.perform(json(post(path), person("Anna Nowak", "ANNA@example.pl ")).header("Accept-Language", "pl"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("już zapisany")));
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isOne();
        assertThat(outbox("ANNA@example.pl")).isZero();
    }

    @Test
    void registrationOutsideItsWindowIsRefusedWithAClearMessage() throws Exception {
        EventInput base = fixtures.training("Zamówienia publiczne z klauzulami", 10);
        OffsetDateTime now = fixtures.now();
        EventView closed = fixtures.published(withWindow(base, now.minusDays(10), now.minusDays(1)));
        EventView notYet = fixtures.published(withWindow(base, now.plusDays(2), now.plusDays(5)));

        mvc.perform(json(post("/api/v1/events/" + closed.id() + "/registrations"), person("Jan Kowalski", "jan@example.pl"))
                        .header("Accept-Language", "pl"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Zapisy na to wydarzenie są już zamknięte."));
        mvc.perform(json(post("/api/v1/events/" + notYet.id() + "/registrations"), person("Jan Kowalski", "jan@example.pl"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Registration for this event has not opened yet."));
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isZero();
    }

    @Test
    void aRegistrationWithoutConsentOrWithABadAddressNamesTheFieldsAndSavesNothing() throws Exception {
        EventView event = fixtures.published(fixtures.training("Marketing produktów PES", 10));
        mvc.perform(json(post("/api/v1/events/" + event.id() + "/registrations"),
                        "{\"name\": \"A\", \"email\": \"nie-adres\", \"consent\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'consent')]").exists());
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isZero();
    }

    @Test
    void moreThanTenRegistrationsAMinuteFromOneAddressAreRefused() throws Exception {
        EventView event = fixtures.published(fixtures.training("Biznesplan dla spółdzielni", null));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        for (int i = 1; i <= 10; i++) {
            mvc.perform(json(post(path), person("Osoba Numer " + i, "osoba" + i + "@example.pl"))
                    .with(request -> { request.setRemoteAddr("10.0.0.7"); return request; }))
                    .andExpect(status().isCreated());
        }
        mvc.perform(json(post(path), person("Osoba Jedenasta", "osoba11@example.pl"))
                        .with(request -> { request.setRemoteAddr("10.0.0.7"); return request; }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(json(post(path), person("Ktoś Inny", "inny@example.pl"))
                        .with(request -> { request.setRemoteAddr("10.0.0.8"); return request; }))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from event_registration").query(Long.class).single()).isEqualTo(11);
    }

    @Test
    void theDayBeforeEveryoneWithAPlaceIsRemindedOnce() throws Exception {
        EventInput base = fixtures.training("Reintegracja w CIS", 1);
        OffsetDateTime tomorrow = fixtures.now().plusDays(1).withHour(9).withMinute(0);
        EventView event = fixtures.published(new EventInput(base.title(), base.type(), base.description(), null,
                tomorrow.toString(), tomorrow.plusHours(3).toString(), base.gminaTeryt(), base.venue(), null, 1, null,
                null, null, true, "PUBLISHED", List.of("REINTEGRATION"), null, null, null));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        mvc.perform(json(post(path), person("Anna Nowak", "anna@example.pl"))).andExpect(status().isCreated());
        mvc.perform(json(post(path), person("Jan Kowalski", "jan@example.pl"))).andExpect(status().isCreated());

        assertThat(registrations.sendReminders(fixtures.now().toLocalDate())).isOne();
        assertThat(registrations.sendReminders(fixtures.now().toLocalDate())).as("only once").isZero();
        MailServer.Mail reminder = MailServer.awaitMail(m -> m.subject().contains("Przypomnienie"));
        assertThat(reminder.to()).containsExactly("anna@example.pl");
        assertThat(reminder.subject()).isEqualTo("[Koordynator ES] Przypomnienie: jutro Reintegracja w CIS");
    }

    private static EventInput withWindow(EventInput input, OffsetDateTime opens, OffsetDateTime closes) {
        return new EventInput(input.title(), input.type(), input.description(), input.organiserId(), input.startsAt(),
                input.endsAt(), input.gminaTeryt(), input.venue(), input.onlineUrl(), input.capacity(), opens.toString(),
                closes.toString(), input.audience(), input.publicEvent(), input.status(), input.topics(), null, null,
                null);
    }
}
