package pl.koordynator.es.publicservices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueFixtures;
import pl.koordynator.es.catalogue.CatalogueFixtures.Pes;
import pl.koordynator.es.publicservices.CapacityInput;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.PesMatch;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.PublicServicesFixtures;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.RegionDate;

class MatchingTest extends IntegrationTest {

    private static final String GDANSK = PublicServicesFixtures.GDANSK;
    private static final String KARTUZY = PublicServicesFixtures.KARTUZY;
    private static final String SOPOT = "2264011";
    private static final String CATERING_CPV = "55520000-1";

    @Autowired
    private CatalogueFixtures catalogue;
    @Autowired
    private PublicServicesFixtures fixtures;
    @Autowired
    private RegistryFixtures registry;
    @Autowired
    private ProcurementMatching matching;
    @Autowired
    private MatchingDigest digest;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    /** A social cooperative seated in Sopot whose published catering offer serves Gdańsk. */
    private Pes cateringPes(String name) {
        Pes pes = catalogue.pes(name, Kind.SOCIAL_COOPERATIVE, SOPOT, "Sopot", false);
        catalogue.published(pes, CatalogueFixtures.input(pes.id(), "Obiady dla szkół " + name,
                "Ciepłe obiady dla szkół i instytucji.", "CATERING_MEALS"));
        return pes;
    }

    private ProcurementView procurement(OrganisationView buyer, String title, String gmina, LotInput... lots) {
        ProcurementInput input = PublicServicesFixtures.withCpv(PublicServicesFixtures.input(buyer.id(), title),
                CATERING_CPV);
        input = new ProcurementInput(input.buyerId(), input.title(), input.noticeNumber(), input.ocdsId(),
                input.cpvCodes(), input.estimatedValue(), input.awardedValue(), input.valueComment(),
                input.procedure(), input.noticeDate(), input.bidDeadline(), gmina, input.lots());
        if (lots.length > 0) {
            input = PublicServicesFixtures.withLots(input, lots);
        }
        return fixtures.created(input);
    }

    private static LotInput reserved(ReservedFor reservedFor) {
        return new LotInput(1, "Część 1", new BigDecimal("100000"), reservedFor, false, null, null, null, null, false,
                false, LotResult.PENDING, null, null, null, null, null, null, null, null, null, null);
    }

    private List<PesMatch> matchesAsAdmin(long procurementId) {
        return fixtures.as(fixtures.admin(), () -> matching.procurementMatches(procurementId));
    }

    @Test
    void aProcurementInThePesCategoryAndAreaListsItWithItsReasonsAndOneOutsideTheAreaDoesNot() throws Exception {
        Pes pes = cateringPes("Smaczna");
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        ProcurementView inArea = procurement(gdansk, "Dowóz obiadów do szkół", null);
        ProcurementView outside = procurement(kartuzy, "Obiady w Kartuzach", null);

        List<PesMatch> matches = matchesAsAdmin(inArea.id());

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.organisationId()).isEqualTo(pes.id());
            assertThat(match.reasons()).containsExactly(MatchReason.of("CATEGORY", "CATERING"),
                    MatchReason.of("AREA", "GMINAS"));
        });
        assertThat(matchesAsAdmin(outside.id())).isEmpty();
        mvc.perform(get("/api/v1/procurements/" + inArea.id() + "/matches").with(as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].organisationName").value(pes.organisation().name()))
                .andExpect(jsonPath("$[0].reasons[0].code").value("CATEGORY"));
        mvc.perform(get("/zamowienia/" + inArea.id() + "/dopasowania").with(as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kategoria katalogu: Gastronomia i catering")))
                // the page names the procurement (its title, not the page's <title> markup)
                .andExpect(content().string(Matchers.containsString("<p class=\"lead text-break\">"
                        + inArea.title() + "</p>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("&lt;title"))));
    }

    @Test
    void aLotReservedForOthersIsNoMatchAndOneReservedForItRanksItFirst() {
        Pes cooperative = cateringPes("Spółdzielnia Kucharzy");
        Pes ngo = catalogue.pes("Fundacja Obiad", Kind.NGO, SOPOT, "Sopot", false);
        catalogue.published(ngo, CatalogueFixtures.input(ngo.id(), "Obiady fundacji", "Obiady.", "CATERING_MEALS"));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);

        ProcurementView sheltered = procurement(gdansk, "Obiady ZAZ", null, reserved(ReservedFor.SHELTERED_EMPLOYERS));
        ProcurementView cooperatives = procurement(gdansk, "Obiady spółdzielni", null,
                reserved(ReservedFor.SOCIAL_COOPERATIVES));

        assertThat(matchesAsAdmin(sheltered.id())).isEmpty();
        assertThat(matchesAsAdmin(cooperatives.id())).singleElement().satisfies(match -> {
            assertThat(match.organisationId()).isEqualTo(cooperative.id());
            assertThat(match.reasons()).contains(MatchReason.of("RESERVED", "SOCIAL_COOPERATIVES"));
        });
    }

    @Test
    void matchesAreRankedByTheirReasons() {
        Pes away = cateringPes("Aaa Daleka");
        Pes local = catalogue.pes("Zzz Lokalna", Kind.SOCIAL_COOPERATIVE, GDANSK, "Gdańsk", true);
        catalogue.published(local, CatalogueFixtures.input(local.id(), "Catering lokalny", "Catering.",
                "CATERING_EVENTS"));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);

        List<PesMatch> matches = matchesAsAdmin(procurement(gdansk, "Catering na sesje rady", null).id());

        assertThat(matches).extracting(PesMatch::organisationId).containsExactly(local.id(), away.id());
        assertThat(matches.get(0).reasons()).contains(MatchReason.of("SEAT_IN_GMINA"),
                MatchReason.of("SOCIAL_ENTERPRISE"));
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void declaredCapacityMatchesByCpvDivisionAndItsLargestValueClosesBiggerLots() {
        Pes pes = catalogue.pes("Zielona Spółdzielnia", Kind.SOCIAL_COOPERATIVE, SOPOT, "Sopot", false);
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        ProcurementView procurement = procurement(gdansk, "Obiady", null);
        assertThat(matchesAsAdmin(procurement.id())).isEmpty();

        catalogue.as(pes.user(), () -> matching.saveCapacity(pes.id(), new CapacityInput(List.of(), List.of("55"),
                AreaScope.POWIATS, List.of("2261"), new BigDecimal("200000"), "Dwie kuchnie")));
        assertThat(matchesAsAdmin(procurement.id())).singleElement()
                .satisfies(match -> assertThat(match.reasons().get(0)).isEqualTo(MatchReason.of("CPV_DIVISION", "55")));

        catalogue.as(pes.user(), () -> matching.saveCapacity(pes.id(), new CapacityInput(List.of(), List.of("55"),
                AreaScope.REGION, List.of(), new BigDecimal("50000"), null)));
        assertThat(matchesAsAdmin(procurement.id())).isEmpty();

        assertThatThrownBy(() -> catalogue.as(pes.user(), () -> matching.saveCapacity(pes.id(),
                new CapacityInput(List.of("NO_SUCH"), List.of("5"), AreaScope.GMINAS, List.of("9999999"), null,
                        null))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("categories", "cpvDivisions", "areaTeryts"));
        assertThat(catalogue.as(pes.user(), () -> matching.capacity(pes.id())).maxValue())
                .isEqualByComparingTo("50000");
    }

    @Test
    void eachRoleSeesTheMatchesItMayAndOthersAreRefused() throws Exception {
        OrganisationView owes = registry.owes("OWES Trójmiasto", "2262011");
        registry.subregion("Metropolia", owes.id(), "2264", "2205");
        Pes served = cateringPes("Obsługiwana");
        Pes other = catalogue.pes("Inna", Kind.SOCIAL_COOPERATIVE, "2201012", "Inna", false);
        catalogue.published(other, CatalogueFixtures.withAreas(CatalogueFixtures.input(other.id(), "Obiady inne",
                "Obiady.", "CATERING_MEALS"), AreaScope.REGION));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView sopot = fixtures.jst("Gmina Sopot", SOPOT);
        ProcurementView procurement = procurement(gdansk, "Obiady dla szkół", null);
        String path = "/api/v1/procurements/" + procurement.id() + "/matches";

        assertThat(matchesAsAdmin(procurement.id())).hasSize(2);
        mvc.perform(get(path).with(as(fixtures.partner(gdansk)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(path).with(as(fixtures.partner(sopot)))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(users.create("owes-" + System.nanoTime(), Role.OWES, owes.id()))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organisationId").value(served.id()));
        mvc.perform(get(path).with(as(other.user()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].organisationId").value(other.id()));
        mvc.perform(get(path).with(as(fixtures.user(Role.COMMITTEE)))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> fixtures.as(fixtures.user(Role.COMMITTEE),
                () -> matching.procurementMatches(procurement.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPesRecordsItsBidOnItsPageAndAnAwardedLotCountsAsABid() throws Exception {
        Pes pes = cateringPes("Oferująca");
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        ProcurementView procurement = procurement(gdansk, "Obiady dla przedszkoli", null);

        mvc.perform(get("/zamowienia/okazje").with(as(pes.user()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Obiady dla przedszkoli")));
        mvc.perform(post("/zamowienia/okazje/oferta").with(as(pes.user())).with(csrf())
                        .param("kind", "PROCUREMENT").param("id", String.valueOf(procurement.id()))
                        .param("organisationId", String.valueOf(pes.id())).param("bid", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(matchesAsAdmin(procurement.id())).singleElement()
                .satisfies(match -> assertThat(match.bid()).isTrue());
        Pes stranger = cateringPes("Obca");
        assertThatThrownBy(() -> catalogue.as(stranger.user(), () -> {
            matching.recordBid(OpportunityKind.PROCUREMENT, procurement.id(), pes.id(), false);
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        Pes winner = cateringPes("Zwycięska");
        ProcurementInput input = PublicServicesFixtures.withCpv(PublicServicesFixtures.input(gdansk.id(),
                "Obiady z umową"), CATERING_CPV);
        LotInput awarded = PublicServicesFixtures.awardedTo(LotInput.plain(1, "Obiady", new BigDecimal("100000")),
                winner.id(), null, null, "90000");
        ProcurementView won = fixtures.created(PublicServicesFixtures.withLots(input, awarded));
        assertThat(matchesAsAdmin(won.id())).filteredOn(match -> match.organisationId() == winner.id())
                .singleElement().satisfies(match -> assertThat(match.bid()).isTrue());
    }

    @Test
    void theDigestMailsAnOptedInPesOnceADayAndANewMatchTheNextDay() {
        Pes pes = cateringPes("Powiadamiana");
        Pes silent = cateringPes("Cicha");
        catalogue.as(pes.user(), () -> matching.setDigest(true));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        procurement(gdansk, "Obiady dla domu seniora", null);
        LocalDate today = RegionDate.today();

        assertThat(digest.send(today)).isEqualTo(1);
        MailServer.Mail mail = MailServer.awaitReceived(1).get(0);
        assertThat(mail.to()).containsExactly(pes.user().email());
        assertThat(mail.text()).contains("Obiady dla domu seniora", "Gmina Miasta Gdańska",
                "Kategoria katalogu: Gastronomia i catering", "/zamowienia/");
        assertThat(digest.send(today)).isZero();

        procurement(gdansk, "Obiady dla żłobka", null);
        assertThat(digest.send(today)).isZero();
        assertThat(digest.send(today.plusDays(1))).isEqualTo(1);
        List<MailServer.Mail> mails = MailServer.awaitReceived(2);
        assertThat(mails.get(1).text()).contains("Obiady dla żłobka").doesNotContain("Obiady dla domu seniora");
        assertThat(mails).noneMatch(m -> m.to().contains(silent.user().email()));
        assertThat(catalogue.as(pes.user(), () -> matching.digest()).lastDigestOn()).isEqualTo(today.plusDays(1));
    }

    @Test
    void anOwesDigestListsTheMatchesOfThePesItServes() {
        OrganisationView owes = registry.owes("OWES Trójmiasto", "2262011");
        registry.subregion("Metropolia", owes.id(), "2264");
        Pes served = cateringPes("Obsługiwana przez OWES");
        UserView staff = users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
        fixtures.as(staff, () -> matching.setDigest(true));
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        procurement(gdansk, "Catering na festyn", null);

        assertThat(digest.send(RegionDate.today())).isEqualTo(1);
        MailServer.Mail mail = MailServer.awaitReceived(1).get(0);
        assertThat(mail.to()).containsExactly(staff.email());
        assertThat(mail.text()).contains("Catering na festyn", "PES: " + served.organisation().name());
    }

    @Test
    void nobodyOptedInGetsNoMail() throws Exception {
        Pes pes = cateringPes("Niezapisana");
        catalogue.as(pes.user(), () -> matching.setDigest(true));
        catalogue.as(pes.user(), () -> matching.setDigest(false));
        procurement(fixtures.jst("Gmina Miasta Gdańska", GDANSK), "Obiady", null);

        assertThat(digest.send(RegionDate.today())).isZero();
        // nothing was written to the outbox, so nothing can be sent later
        assertThat(jdbc.sql("select count(*) from notification").query(Long.class).single()).isZero();
    }
}
