package pl.koordynator.es.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.events.domain.EventView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.shared.ProofOfWork;
import pl.koordynator.es.testing.Challenges;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script can no longer fill an event with invented addresses for free: an anonymous
 * registration carries a solved proof-of-work challenge, used once; an account (session or API
 * token) needs none. The e-mails that follow carry nothing the registrant typed.
 */
class RegistrationChallengeTest extends IntegrationTest {

    @Autowired
    EventsFixtures fixtures;

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    pl.koordynator.es.shared.InstallationSecrets secrets;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String person(String email, String altcha) {
        return """
                {"name": "Anna Nowak", "email": "%s", "consent": true%s}""".formatted(email,
                altcha == null ? "" : ", \"altcha\": \"" + altcha + "\"");
    }

    private long registrations() {
        return jdbc.sql("select count(*) from event_registration").query(Long.class).single();
    }

    @Test
    void theChallengeIsServedToAnyoneAndASolutionOfItRegistersOnce() throws Exception {
        EventView event = fixtures.published(fixtures.training("Zamówienia z klauzulami społecznymi", 20));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        String challenge = mvc.perform(get("/api/v1/challenge"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.algorithm").value("SHA-256"))
                .andExpect(jsonPath("$.signature").isString())
                .andReturn().getResponse().getContentAsString();
        ProofOfWork.Challenge parsed = new tools.jackson.databind.json.JsonMapper()
                .readValue(challenge, ProofOfWork.Challenge.class);
        String solved = Challenges.solve(parsed);

        mvc.perform(json(post(path), person("anna@example.pl", solved))).andExpect(status().isCreated());
        mvc.perform(json(post(path), person("jan@example.pl", solved)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("altcha"));
        assertThat(registrations()).isOne();
    }

    @Test
    void withoutAChallengeOrWithAWrongOneNothingIsStoredAndNothingIsSent() throws Exception {
        EventView event = fixtures.published(fixtures.training("Księgowość spółdzielni", 20));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        String solved = challenges.solved();
        String json = new String(Base64.getDecoder().decode(solved), StandardCharsets.UTF_8);
        String wrongNumber = Base64.getEncoder().encodeToString(json.replaceAll("\"number\":\\d+", "\"number\":-1")
                .getBytes(StandardCharsets.UTF_8));
        String forged = Base64.getEncoder().encodeToString(json.replaceAll("\"signature\":\"[0-9a-f]+\"",
                "\"signature\":\"" + "0".repeat(64) + "\"").getBytes(StandardCharsets.UTF_8));

        for (String altcha : new String[] {null, "", "nie-base64", wrongNumber, forged}) {
            mvc.perform(json(post(path), person("ofiara@example.pl", altcha)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[?(@.field == 'altcha')].message")
                            .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                                    "nie jesteś robotem"))));
        }
        assertThat(registrations()).isZero();
        assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        EventView event = fixtures.published(fixtures.training("Marketing PES", 20));
        // signed with the installation's key like any of ours, but its time ran out a minute ago
        org.altcha.altcha.Altcha.Challenge old = org.altcha.altcha.Altcha.createChallenge(
                new org.altcha.altcha.Altcha.ChallengeOptions().setMaxNumber(1000L)
                        .setHmacKey(secrets.get("challenge"))
                        .setExpires(java.time.Instant.now().minusSeconds(60).getEpochSecond()));
        String expired = Challenges.solve(new ProofOfWork.Challenge(old.algorithm, old.challenge, old.maxnumber,
                old.salt, old.signature));
        mvc.perform(json(post("/api/v1/events/" + event.id() + "/registrations"), person("anna@example.pl", expired)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("altcha"));
    }

    @Test
    void anApiTokenOrASignedInSessionNeedsNoChallenge() throws Exception {
        EventView event = fixtures.published(fixtures.training("Spotkanie sieci CIS i KIS", 20));
        String path = "/api/v1/events/" + event.id() + "/registrations";
        var owner = users.create("skrypt-" + System.nanoTime(), Role.OWES);
        users.signIn(owner);
        String token = tokens.create("zapisy z systemu OWES").secret();
        users.signOut();

        mvc.perform(json(post(path), person("anna@example.pl", null)).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
        mvc.perform(post("/events/" + event.id() + "/registrations").with(csrf()).with(users.as(Role.PES))
                        .param("name", "Jan Kowalski").param("email", "jan@example.pl").param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(registrations()).isEqualTo(2);
    }

    @Test
    void theConfirmationGreetsWithoutTheTypedNameAndCarriesNothingElseTheRegistrantTyped() throws Exception {
        EventView event = fixtures.published(fixtures.training("Ekonomia społeczna w gminie", 20));
        mvc.perform(json(post("/api/v1/events/" + event.id() + "/registrations"), """
                        {"name": "Wygrałeś nagrodę, kliknij http://oszustwo.example", "email": "ofiara@example.pl",
                         "organisationName": "Zadzwoń pod 700 800 900", "accessibilityNeeds": "Podaj PIN do konta",
                         "consent": true, "altcha": "%s"}""".formatted(challenges.solved())))
                .andExpect(status().isCreated());

        MailServer.Mail confirmation = MailServer.awaitMail(m -> m.to().contains("ofiara@example.pl"));
        assertThat(confirmation.text()).startsWith("Dzień dobry,")
                .contains("Ekonomia społeczna w gminie", "Jeśli to nie Ty podałeś(-aś) ten adres")
                .doesNotContain("Wygrałeś", "oszustwo", "Zadzwoń", "700 800 900", "PIN");
        assertThat(confirmation.subject()).doesNotContain("Wygrałeś");
    }
}
