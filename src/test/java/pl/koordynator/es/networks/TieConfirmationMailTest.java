package pl.koordynator.es.networks;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The other side of a tie hears by e-mail that it waits for their confirmation. */
class TieConfirmationMailTest extends IntegrationTest {

    @Autowired
    NetworksFixtures fixtures;

    @Test
    void theOtherSidesAccountsAreMailedTheOrganisationsTheKindAndTheLinkButNotTheTypedText() throws Exception {
        OrganisationView bakery = fixtures.pes("Spółdzielnia Socjalna „Chleb Kociewski”", NetworksFixtures.GDANSK);
        OrganisationView mill = fixtures.organisation("Młyn Pomorski sp. z o.o.", Kind.BUSINESS, NetworksFixtures.GDYNIA);
        UserView baker = fixtures.user(Role.PES, bakery);
        UserView miller = fixtures.user(Role.PARTNER, mill);
        UserView otherMiller = fixtures.user(Role.PARTNER, mill);
        int year = LocalDate.now().getYear();

        mvc.perform(post("/api/v1/ties").with(user(users.principal(baker))).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fromOrganisationId": %d, "toOrganisationId": %d, "kind": "SUPPLY_CONTRACT",
                                 "startsOn": "%d-02-01", "description": "Tajne ceny mąki: 2,10 zł/kg",
                                 "evidenceUrl": "https://example.org/umowa-tajna"}"""
                                .formatted(bakery.id(), mill.id(), year)))
                .andExpect(status().isCreated());

        MailServer.Mail mail = MailServer.awaitMail(m -> m.to().contains(miller.email()));
        assertThat(mail.subject()).contains("Powiązanie do potwierdzenia").contains("Chleb Kociewski");
        assertThat(mail.text()).contains("Spółdzielnia Socjalna „Chleb Kociewski”").contains("Młyn Pomorski sp. z o.o.")
                .contains("Umowa dostawy lub usługi").contains("01.02." + year).contains("/networks/ties")
                .doesNotContain("Tajne ceny").doesNotContain("umowa-tajna");
        MailServer.awaitMail(m -> m.to().contains(otherMiller.email()));
        // the side that entered it waits for nothing
        assertThat(MailServer.received()).noneMatch(m -> m.to().contains(baker.email()));
    }

    @Test
    void aTieRopsEnteredConfirmedMailsNobody() throws Exception {
        OrganisationView bakery = fixtures.pes("Spółdzielnia Socjalna „Chleb Żuławski”", NetworksFixtures.GDANSK);
        OrganisationView mill = fixtures.organisation("Młyn Żuławski sp. z o.o.", Kind.BUSINESS, NetworksFixtures.GDYNIA);
        UserView miller = fixtures.user(Role.PARTNER, mill);
        UserView baker = fixtures.user(Role.PES, bakery);

        fixtures.tie(bakery, mill, "SUPPLY_CONTRACT", "01.02." + LocalDate.now().getYear(), null);

        Thread.sleep(1500);
        assertThat(MailServer.received()).noneMatch(m -> m.to().contains(miller.email()) || m.to().contains(baker.email()));
    }
}
