package pl.koordynator.es.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.catalogue.CatalogueFixtures.GDANSK;
import static pl.koordynator.es.catalogue.CatalogueFixtures.GDANSK_POWIAT;
import static pl.koordynator.es.catalogue.CatalogueFixtures.KARTUZY_POWIAT;
import static pl.koordynator.es.catalogue.CatalogueFixtures.input;
import static pl.koordynator.es.catalogue.CatalogueFixtures.named;
import static pl.koordynator.es.catalogue.CatalogueFixtures.priced;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * A PES (or its OWES) writes an offer, ROPS or the serving OWES publishes it or returns it with a
 * comment; nobody else writes or reviews it, and a published offer whose text changes is checked again.
 */
class OfferWorkflowTest extends IntegrationTest {

    @Autowired
    CatalogueFixtures fixtures;

    @Autowired
    CatalogueOffers offers;

    @Autowired
    RegistryFixtures registry;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void theOfferGoesFromDraftThroughReviewAndAReturnToPublished() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Pracownia", GDANSK, "Gdańsk");
        UserView admin = fixtures.admin();
        OfferView draft = fixtures.as(pes.user(), () -> offers.create(input(pes.id(), "Meble z palet",
                "Stoły i ławki.", "CONSTRUCTION_CARPENTRY")));
        assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(draft.topCategory().code()).isEqualTo("CONSTRUCTION");
        assertThat(draft.areas()).extracting(OfferArea::name).containsExactly("Gdańsk");
        // a draft is nobody else's business
        assertThatThrownBy(() -> offers.offer(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(admin, () -> offers.publish(draft.id())))
                .isInstanceOf(ConflictException.class);

        fixtures.as(pes.user(), () -> offers.submit(draft.id()));
        assertThatThrownBy(() -> fixtures.as(admin, () -> offers.returnForChanges(draft.id(), " ")))
                .isInstanceOf(InvalidInputException.class);
        OfferView returned = fixtures.as(admin, () -> offers.returnForChanges(draft.id(), "Dodaj wymiary."));
        assertThat(returned.status()).isEqualTo(OfferStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("Dodaj wymiary.");
        assertThatThrownBy(() -> fixtures.as(pes.user(), () -> offers.reviewQueue(new Paging(0, 10))))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.as(pes.user(), () -> offers.submit(draft.id()));
        assertThat(fixtures.as(admin, () -> offers.reviewQueue(new Paging(0, 10))).items())
                .extracting(OfferSummary::id).containsExactly(draft.id());
        OfferView published = fixtures.as(admin, () -> offers.publish(draft.id()));
        assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(offers.offer(draft.id()).name()).isEqualTo("Meble z palet");
        assertThat(fixtures.as(pes.user(), () -> offers.history(draft.id()))).extracting(ReviewEntry::status)
                .containsExactly(OfferStatus.DRAFT, OfferStatus.IN_REVIEW, OfferStatus.RETURNED,
                        OfferStatus.IN_REVIEW, OfferStatus.PUBLISHED);

        OfferView withdrawn = fixtures.as(pes.user(), () -> offers.withdraw(draft.id()));
        assertThat(withdrawn.status()).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(offers.search(OfferSearch.all()).offers().total()).isZero();
    }

    @Test
    void aPublishedOfferGoesBackToReviewOnlyWhenItsTextChanges() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Smak", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Obiady dla szkół", "Ciepłe posiłki.",
                "CATERING_MEALS"));

        OfferView repriced = fixtures.as(pes.user(), () -> offers.update(offer.id(), offer.version(),
                CatalogueFixtures.withAreas(priced(input(pes.id(), "Obiady dla szkół", "Ciepłe posiłki.",
                        "CATERING_MEALS"), new BigDecimal("14.50"), "tydzień"), AreaScope.POWIATS, GDANSK_POWIAT,
                        KARTUZY_POWIAT)));
        assertThat(repriced.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(repriced.priceAmount()).isEqualByComparingTo("14.50");
        assertThat(repriced.areas()).extracting(OfferArea::teryt).containsExactly(KARTUZY_POWIAT, GDANSK_POWIAT);
        assertThat(offers.search(OfferSearch.text("obiady")).offers().total()).isOne();

        OfferView rewritten = fixtures.as(pes.user(), () -> offers.update(offer.id(), repriced.version(),
                named(input(pes.id(), "x", null, "CATERING_MEALS"), "Obiady dla szkół i przedszkoli",
                        "Ciepłe posiłki z dowozem.")));
        assertThat(rewritten.status()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(offers.search(OfferSearch.text("obiady")).offers().total()).isZero();
        assertThatThrownBy(() -> offers.offer(offer.id())).isInstanceOf(NotFoundException.class);

        // an edit made from a stale version is refused, never silently overwrites
        assertThatThrownBy(() -> fixtures.as(pes.user(), () -> offers.update(offer.id(), repriced.version(),
                input(pes.id(), "Obiady", "Stara wersja.", "CATERING_MEALS"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyThePesItsServingOwesAndRopsWriteAndOnlyTheOwesAndRopsReview() {
        OrganisationView owes = registry.owes("OWES Trójmiasto", GDANSK);
        registry.subregion("Trójmiasto", owes.id(), GDANSK_POWIAT);
        OrganisationView otherOwes = registry.owes("OWES Kaszuby", "2205023");
        registry.subregion("Kaszuby", otherOwes.id(), KARTUZY_POWIAT);
        var pes = fixtures.pes("Spółdzielnia Socjalna Trójmiasto", GDANSK, "Gdańsk");
        var otherPes = fixtures.pes("Spółdzielnia Socjalna Obca", GDANSK, "Gdańsk");
        UserView owesUser = users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
        UserView otherOwesUser = users.create("owes-" + System.nanoTime(), Role.OWES, otherOwes.id());

        OfferView byOwes = fixtures.as(owesUser, () -> offers.create(input(pes.id(), "Sprzątanie klatek",
                "Co tydzień.", "CLEANING_OFFICES")));
        fixtures.as(pes.user(), () -> offers.submit(byOwes.id()));
        assertThatThrownBy(() -> fixtures.as(otherPes.user(), () -> offers.create(input(pes.id(), "Cudza oferta",
                "Nie moja.", "CLEANING_OFFICES")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(otherPes.user(), () -> offers.submit(byOwes.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(pes.user(), () -> offers.publish(byOwes.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(otherOwesUser, () -> offers.publish(byOwes.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(otherOwesUser, () -> offers.reviewQueue(new Paging(0, 10))).items()).isEmpty();
        assertThat(fixtures.as(owesUser, () -> offers.reviewQueue(new Paging(0, 10))).items())
                .extracting(OfferSummary::id).containsExactly(byOwes.id());
        OfferView published = fixtures.as(owesUser, () -> offers.publish(byOwes.id()));
        assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
        // a published offer is seen by all, but written only by its own people
        assertThatThrownBy(() -> fixtures.as(otherPes.user(), () -> offers.withdraw(byOwes.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(otherPes.user(), () -> offers.offers(OfferQuery.everything(), new Paging(0, 10)))
                .items()).isEmpty();
        assertThat(fixtures.as(pes.user(), () -> offers.offers(OfferQuery.everything(), new Paging(0, 10)))
                .items()).extracting(OfferSummary::id).containsExactly(byOwes.id());
        // only a PES kind organisation has offers
        assertThatThrownBy(() -> fixtures.as(fixtures.admin(), () -> offers.create(input(owes.id(), "Doradztwo",
                "Dla PES.", "OTHER_MISC")))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("organisationId"));
    }

    @Test
    void badFieldsAreNamedInTheProblemAndChangeNothing() throws Exception {
        var pes = fixtures.pes("Spółdzielnia Socjalna Walidacja", GDANSK, "Gdańsk");
        String body = """
                {"organisationId": %d, "kind": "SERVICE", "name": "Ok", "categoryCode": "CLEANING_OFFICES",
                 "cpvCode": "9091000-9", "priceAmount": -1, "areaScope": "GMINAS", "areaTeryts": ["2261"],
                 "contactEmail": "nie-adres"}""".formatted(pes.id());
        mvc.perform(post("/api/v1/catalogue/offers").with(as(pes.user())).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "priceAmount",
                        "contactEmail")));
        String serviceLevel = """
                {"organisationId": %d, "kind": "SERVICE", "name": "Sprzątanie", "categoryCode": "CLEANING_OFFICES",
                 "cpvCode": "9091000-9", "priceAmount": 10, "areaScope": "GMINAS", "areaTeryts": ["2261"]}"""
                .formatted(pes.id());
        mvc.perform(post("/api/v1/catalogue/offers").with(as(pes.user())).contentType(MediaType.APPLICATION_JSON)
                        .content(serviceLevel))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("cpvCode",
                        "areaTeryts")))
                .andExpect(jsonPath("$.errors[?(@.field == 'areaTeryts')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("2261"))));
        assertThat(jdbc.sql("select count(*) from catalogue_offer").query(Long.class).single()).isZero();

        String good = serviceLevel.replace("9091000-9", "90910000-9").replace("[\"2261\"]", "[\"" + GDANSK + "\"]");
        String created = mvc.perform(post("/api/v1/catalogue/offers").with(as(pes.user()))
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cpvCode").value("90910000-9"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/catalogue/offers/" + id).param("version", "7").with(as(pes.user()))
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/catalogue/offers/" + id + "/publish").with(as(pes.user())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/catalogue/offers/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/offers/" + id).with(as(pes.user()))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/catalogue/offers/" + id + "/withdraw").with(as(pes.user())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post("/api/v1/catalogue/offers/" + id + "/withdraw").with(as(pes.user())))
                .andExpect(status().isConflict());
    }

    @Test
    void viewsAreCountedPerOfferAndDayWithoutAnythingAboutTheVisitor() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Widoki", GDANSK, "Gdańsk");
        OfferView offer = fixtures.published(pes, input(pes.id(), "Noclegi nad jeziorem", "Pokoje.",
                "TOURISM_ACCOMMODATION"));
        OfferView draft = fixtures.as(pes.user(), () -> offers.create(input(pes.id(), "Szkic", "Nie.", "OTHER_MISC")));
        offers.recordView(offer.id());
        offers.recordView(offer.id());
        offers.recordView(offer.id());
        offers.recordView(draft.id());

        assertThat(jdbc.sql("select count(*) from catalogue_offer_views").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select views from catalogue_offer_views where offer_id = :id").param("id", offer.id())
                .query(Long.class).single()).isEqualTo(3);
        assertThat(offers.offer(offer.id()).viewsTotal()).isEqualTo(3);
        assertThat(fixtures.as(pes.user(), () -> offers.recentViews(pes.id(), 30))).isEqualTo(3);
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'catalogue_offer_views'")
                .query(String.class).list()).containsExactlyInAnyOrder("offer_id", "day", "views");
    }

    @Test
    void publishedOffersOfAnOrganisationAreListedForItsCard() {
        var pes = fixtures.pes("Spółdzielnia Socjalna Karta", GDANSK, "Gdańsk");
        fixtures.published(pes, input(pes.id(), "Zioła", "Suszone.", "CRAFTS_FOOD"));
        fixtures.as(pes.user(), () -> offers.create(input(pes.id(), "Miody", "Szkic.", "CRAFTS_FOOD")));
        assertThat(offers.publishedOf(pes.id())).extracting(OfferSummary::name).isEqualTo(List.of("Zioła"));
    }
}
