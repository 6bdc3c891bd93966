package pl.koordynator.es.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.catalogue.CatalogueFixtures.GDANSK;
import static pl.koordynator.es.catalogue.CatalogueFixtures.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PrivacySettings;
import pl.koordynator.es.privacy.PersonalDataRetention;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;

/**
 * A buyer asks a PES about an offer: a script without the solved challenge stores and sends
 * nothing; a real inquiry reaches the PES with the message and the buyer gets a confirmation
 * without it. The PES says what came of it; ROPS sees counts, never messages or buyers.
 */
class InquiryTest extends IntegrationTest {

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    CatalogueInquiries inquiries;

    @Autowired
    List<PersonalData> personalData;

    @Autowired
    List<ProgrammeMeasures> measures;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static String inquiry(String altcha) {
        return """
                {"name": "Jan Zamawiający", "email": "jan.kupiec@gmina.example.pl", "organisation": "Urząd Gminy Wiślina",
                 "message": "Prosimy o wycenę sprzątania 400 m2 biur, dwa razy w tygodniu.", "consent": true%s}"""
                .formatted(altcha == null ? "" : ", \"altcha\": \"" + altcha + "\"");
    }

    private long stored() {
        return jdbc.sql("select count(*) from catalogue_inquiry").query(Long.class).single();
    }

    @Test
    void anInquiryWithoutASolvedChallengeIsRefusedAndNothingIsStoredOrSent() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna Czysto", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Sprzątanie biur", "Codziennie.",
                "CLEANING_OFFICES"));
        String path = "/api/v1/catalogue/offers/" + offer.id() + "/inquiries";

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(inquiry(null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("altcha"));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(inquiry("bm90IHNvbHZlZA==")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("altcha"));
        assertThat(stored()).isZero();
        Thread.sleep(500);
        assertThat(MailServer.received()).isEmpty();
    }

    @Test
    void anInquiryReachesThePesWithTheMessageAndTheBuyerGetsACopyWithoutIt() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna Porządek", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Sprzątanie biur", "Codziennie.",
                "CLEANING_OFFICES"));
        String path = "/api/v1/catalogue/offers/" + offer.id() + "/inquiries";
        String solved = challenges.solved();

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(inquiry(solved)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.offerName").value("Sprzątanie biur"))
                .andExpect(jsonPath("$.organisationName").value("Spółdzielnia Socjalna Porządek"));
        // the same solution does not send a second one
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(inquiry(solved)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("altcha"));
        assertThat(stored()).isOne();

        MailServer.Mail toPes = MailServer.awaitMail(mail -> mail.to().contains(pes.organisation().email()));
        assertThat(toPes.subject()).contains("Sprzątanie biur");
        assertThat(toPes.text()).contains("Prosimy o wycenę sprzątania 400 m2 biur", "jan.kupiec@gmina.example.pl",
                "Jan Zamawiający", "Urząd Gminy Wiślina");
        MailServer.Mail copy = MailServer.awaitMail(mail -> mail.to().contains("jan.kupiec@gmina.example.pl"));
        assertThat(copy.text()).contains("Sprzątanie biur", "Spółdzielnia Socjalna Porządek")
                .doesNotContain("Prosimy o wycenę", "Jan Zamawiający", "Wiślina");
        // the audit trail keeps the buyer's data only as personal fields, never in clear
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CatalogueInquiry'")
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CatalogueInquiry'"
                + " and cast(changes as text) like '%jan.kupiec%'").query(Long.class).single()).isZero();
    }

    @Test
    void thePesSetsTheOutcomeAndRopsSeesCountsWithoutMessages() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna Wynik", GDANSK, "Gdańsk");
        var other = fixtures.pes("Spółdzielnia Socjalna Inna", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Catering", "Obiady.", "CATERING_EVENTS"));
        String path = "/api/v1/catalogue/offers/" + offer.id() + "/inquiries";
        // a signed-in user needs no challenge
        mvc.perform(post(path).with(as(other.user())).contentType(MediaType.APPLICATION_JSON).content(inquiry(null)))
                .andExpect(status().isCreated());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(inquiry(challenges.solved())))
                .andExpect(status().isCreated());

        List<InquiryView> inbox = fixtures.as(pes.user(), () -> inquiries.inquiries(null, new Paging(0, 10))).items();
        assertThat(inbox).hasSize(2).allSatisfy(i -> assertThat(i.outcome()).isEqualTo(InquiryOutcome.NEW));
        assertThat(fixtures.as(pes.user(), () -> inquiries.toAnswer())).isEqualTo(2);
        assertThat(fixtures.as(other.user(), () -> inquiries.inquiries(null, new Paging(0, 10))).items()).isEmpty();
        mvc.perform(put("/api/v1/catalogue/inquiries/" + inbox.get(0).id() + "/outcome").with(as(other.user()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"WON\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/catalogue/inquiries/" + inbox.get(0).id() + "/outcome").with(as(pes.user()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"WON\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("WON"));
        fixtures.as(pes.user(), () -> inquiries.setOutcome(inbox.get(1).id(), InquiryOutcome.ANSWERED));
        assertThat(fixtures.as(pes.user(), () -> inquiries.inquiries(InquiryOutcome.WON, new Paging(0, 10))).items())
                .extracting(InquiryView::id).containsExactly(inbox.get(0).id());

        UserView admin = fixtures.admin();
        InquiryCounts counts = fixtures.as(admin, () -> inquiries.counts(null, null));
        assertThat(counts.total().inquiries()).isEqualTo(2);
        assertThat(counts.total().won()).isOne();
        assertThat(counts.total().answered()).isOne();
        assertThat(counts.organisations()).singleElement()
                .satisfies(row -> assertThat(row.organisationName()).isEqualTo("Spółdzielnia Socjalna Wynik"));
        String answer = mvc.perform(get("/api/v1/catalogue/inquiries/counts").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.won").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("Prosimy", "jan.kupiec", "Zamawiający");
        mvc.perform(get("/api/v1/catalogue/inquiries").with(as(admin))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> fixtures.as(admin, () -> inquiries.inquiries(null, new Paging(0, 10))))
                .isInstanceOf(AccessDeniedException.class);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        ProgrammeMeasures catalogue = measures.stream()
                .filter(m -> m.measures().stream().anyMatch(x -> x.code().equals("catalogue.inquiries"))).findFirst()
                .orElseThrow();
        MeasureValue received = catalogue.compute("catalogue.inquiries", today.minusDays(1), today);
        assertThat(received.value()).isEqualByComparingTo("2");
        assertThat(received.byPowiat()).containsOnlyKeys("2261");
        assertThat(catalogue.compute("catalogue.inquiries-won", today, today).value()).isEqualByComparingTo("1");
        assertThat(catalogue.compute("catalogue.published-offers", today, today).value()).isEqualByComparingTo("1");
        assertThat(catalogue.compute("catalogue.pes-with-offer", today, today).value()).isEqualByComparingTo("1");
        assertThat(catalogue.compute("catalogue.published-offers", today.minusDays(1), today.minusDays(1)).value())
                .isEqualByComparingTo("0");
    }

    @Test
    void theBuyersDataIsFoundExportedAndErasedWhileTheCountsStay() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna Prywatność", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Pranie firan", "Szybko.", "CLEANING_LAUNDRY"));
        mvc.perform(post("/api/v1/catalogue/offers/" + offer.id() + "/inquiries")
                        .contentType(MediaType.APPLICATION_JSON).content(inquiry(challenges.solved())))
                .andExpect(status().isCreated());
        PersonalData catalogue = personalData.stream().filter(p -> p.module().equals("catalogue")).findFirst()
                .orElseThrow();
        EmailAddress email = EmailAddress.parse("Jan.Kupiec@gmina.example.pl");
        assertThat(catalogue.find(email)).singleElement().satisfies(f -> assertThat(f.count()).isOne());
        assertThat(catalogue.export(email)).containsKey("inquiries");

        // erasure runs in the privacy service's transaction, all modules or none
        transactions.executeWithoutResult(status -> catalogue.erase(email));
        assertThat(catalogue.find(email)).isEmpty();
        assertThat(jdbc.sql("select message from catalogue_inquiry").query(String.class).single()).isEmpty();
        assertThat(stored()).isOne();

        mvc.perform(post("/api/v1/catalogue/offers/" + offer.id() + "/inquiries")
                        .contentType(MediaType.APPLICATION_JSON).content(inquiry(challenges.solved())))
                .andExpect(status().isCreated());
        var retention = (PersonalDataRetention) catalogue;
        PrivacySettings settings = new PrivacySettings(java.time.Duration.ofDays(30), java.time.Duration.ofDays(180),
                java.time.Duration.ofDays(7), "0 30 3 * * *");
        assertThat(transactions.execute(s -> retention.removeExpired(settings, Instant.now())).get(0).rows()).isZero();
        assertThat(transactions.execute(s -> retention.removeExpired(settings,
                Instant.now().plus(java.time.Duration.ofDays(731)))).get(0).rows()).isOne();
        assertThat(catalogue.find(email)).isEmpty();
    }
}
