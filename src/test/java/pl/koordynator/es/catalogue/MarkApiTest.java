package pl.koordynator.es.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.AtOnce;
import pl.koordynator.es.testing.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.catalogue.MarkFixtures.application;
import pl.koordynator.es.testing.RegionDate;

/**
 * The mark over the API: who applies for which offer, the criteria from the register and the
 * declared ones, one vote per board member (also when two arrive at once), ROPS's decision with
 * the board's majority, numbered licences for a year, renewals, revocation and the public list.
 */
class MarkApiTest extends IntegrationTest {

    @Autowired
    MarkFixtures fixtures;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    JsonMapper json;

    OrganisationView pes;
    UserView pesUser;
    UserView rops;
    long offer;

    @BeforeEach
    void aPublishedOfferOfAPesRegisteredAYearAgo() {
        pes = fixtures.pes("Spółdzielnia Socjalna Czysty Dom", 12, null);
        pesUser = users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
        rops = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        offer = fixtures.offer(pes, "Sprzątanie biur – Gdańsk", "PUBLISHED");
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private ResultActions apply(UserView account, MarkApplicationInput input) throws Exception {
        return mvc.perform(post("/api/v1/catalogue/marks").with(as(account)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(input)));
    }

    private long applied(UserView account, MarkApplicationInput input) throws Exception {
        String body = apply(account, input).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private ResultActions vote(UserView account, long application, String choice) throws Exception {
        return mvc.perform(post("/api/v1/catalogue/marks/applications/" + application + "/votes").with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"" + choice + "\"}"));
    }

    private ResultActions decide(long application, String body) throws Exception {
        return mvc.perform(post("/api/v1/catalogue/marks/applications/" + application + "/decision").with(as(rops))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void pesAppliesForItsPublishedOfferWithTheRegisterCheckingLegalFormAndAge() throws Exception {
        apply(pesUser, application(offer, MarkApplicationKind.NEW)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.criteria[0].code").value("LEGAL_FORM"))
                .andExpect(jsonPath("$.criteria[0].met").value(true))
                .andExpect(jsonPath("$.criteria[0].register").value(true))
                .andExpect(jsonPath("$.criteria[1].code").value("ACTIVITY"))
                .andExpect(jsonPath("$.criteria[1].register").value(true))
                .andExpect(jsonPath("$.criteria[1].detail", containsString("REGISTER_ENTRY")))
                .andExpect(jsonPath("$.revenueShare").value(40.0))
                .andExpect(jsonPath("$.recommendations", hasSize(2)));
        // the recommenders' names are personal data: the trail says only that they were given
        String trail = jdbc.sql("select string_agg(changes::text, ' ') from audit_entry where entity_type = 'CatalogueMarkApplication'")
                .query(String.class).single();
        assertThat(trail).doesNotContain("Rekomendujący Nr1").doesNotContain("rekomendacja1@example.org");
    }

    @Test
    void aSecondOpenApplicationADraftOfferAndSomeoneElsesOfferAreRefused() throws Exception {
        applied(pesUser, application(offer, MarkApplicationKind.NEW));
        apply(pesUser, application(offer, MarkApplicationKind.NEW)).andExpect(status().isConflict());

        long draft = fixtures.offer(pes, "Mycie okien", "DRAFT");
        apply(pesUser, application(draft, MarkApplicationKind.NEW)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offerId"));

        OrganisationView other = fixtures.pes("Spółdzielnia Socjalna Inna", 12, null);
        long othersOffer = fixtures.offer(other, "Catering", "PUBLISHED");
        apply(pesUser, application(othersOffer, MarkApplicationKind.NEW)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from catalogue_mark_application").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ownRevenueBelowThirtyPercentIsRefusedOnTheFieldAndNothingIsStored() throws Exception {
        apply(pesUser, MarkFixtures.withRevenue(application(offer, MarkApplicationKind.NEW), "29999.99", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownRevenue"))
                .andExpect(jsonPath("$.errors[0].message", containsString("30")));
        assertThat(jdbc.sql("select count(*) from catalogue_mark_application").query(Long.class).single()).isZero();
    }

    @Test
    void exactlyTwoCompleteRecommendationsAreRequired() throws Exception {
        apply(pesUser, MarkFixtures.withRecommendations(application(offer, MarkApplicationKind.NEW),
                List.of(MarkFixtures.recommendation(1)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recommendations"));
        apply(pesUser, MarkFixtures.withRecommendations(application(offer, MarkApplicationKind.NEW),
                List.of(MarkFixtures.recommendation(1), new MarkRecommendationInput("Jan Polecający", null, " ",
                        "Polecam")))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recommendations[1].organisation"));
    }

    @Test
    void aPesTheRegisterKnowsForLessThanSixMonthsDeclaresItsStartWithEvidence() throws Exception {
        OrganisationView young = fixtures.pes("Spółdzielnia Socjalna Nowa", 2, null);
        UserView youngUser = users.create("young-" + System.nanoTime(), Role.PES, young.id());
        long youngOffer = fixtures.offer(young, "Ogrody", "PUBLISHED");
        apply(youngUser, application(youngOffer, MarkApplicationKind.NEW)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'activitySince')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'activityEvidence')]").exists());
        apply(youngUser, MarkFixtures.withActivity(application(youngOffer, MarkApplicationKind.NEW),
                RegionDate.today().minusMonths(3), "KRS od marca")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activitySince"));
        apply(youngUser, MarkFixtures.withActivity(application(youngOffer, MarkApplicationKind.NEW),
                RegionDate.today().minusYears(3), "Odpis z KRS: wpis sprzed trzech lat"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.criteria[1].register").value(false))
                .andExpect(jsonPath("$.criteria[1].detail", containsString("DECLARED")));
    }

    @Test
    void anOrganisationThatIsNotAPesIsRefusedOnItsLegalForm() throws Exception {
        OrganisationView business = fixtures.organisation("Firma Usługowa sp. z o.o.", Kind.BUSINESS, 24, null);
        UserView owesUser;
        OrganisationView owes = registry.owes("OWES Trójmiasto", MarkFixtures.GDANSK);
        owesUser = users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
        jdbc.sql("update organisation set owes_id = :owes, owes_set_by_hand = true where id = :id")
                .param("owes", owes.id()).param("id", business.id()).update();
        long businessOffer = fixtures.offer(business, "Usługi", "PUBLISHED");
        apply(owesUser, application(businessOffer, MarkApplicationKind.NEW)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offerId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("PES")));
    }

    @Test
    void anOwesAppliesForAPesItServesOnly() throws Exception {
        OrganisationView owes = registry.owes("OWES Pomorze", MarkFixtures.GDANSK);
        UserView owesUser = users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
        apply(owesUser, application(offer, MarkApplicationKind.NEW)).andExpect(status().isForbidden());
        OrganisationView served = fixtures.pes("Spółdzielnia Socjalna Obsługiwana", 12, owes.id());
        long servedOffer = fixtures.offer(served, "Catering", "PUBLISHED");
        apply(owesUser, application(servedOffer, MarkApplicationKind.NEW)).andExpect(status().isCreated());
    }

    @Test
    void eachBoardMemberVotesOnceEvenWhenTwoVotesArriveAtOnce() throws Exception {
        long application = applied(pesUser, application(offer, MarkApplicationKind.NEW));
        UserView outsider = users.create("partner-" + System.nanoTime(), Role.PARTNER);
        vote(outsider, application, "FOR").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/catalogue/marks/board").with(as(rops)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + outsider.username() + "\"}")).andExpect(status().isCreated());

        List<Integer> statuses = AtOnce.twice(() -> vote(outsider, application, "FOR").andReturn().getResponse()
                .getStatus());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        vote(outsider, application, "AGAINST").andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from catalogue_mark_vote").query(Long.class).single()).isEqualTo(1);
        // the applicant sees its application, the tally included, but is not on the board
        mvc.perform(get("/api/v1/catalogue/marks/applications/" + application).with(as(pesUser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tally.forVotes").value(1));
        vote(pesUser, application, "FOR").andExpect(status().isForbidden());
    }

    @Test
    void ropsGrantsOnlyWithMoreVotesForThanAgainstAndTheLicenceIsNumberedForAYear() throws Exception {
        long application = applied(pesUser, application(offer, MarkApplicationKind.NEW));
        decide(application, "{\"grant\":true}").andExpect(status().isConflict());
        decide(application, "{\"grant\":false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        vote(rops, application, "FOR").andExpect(status().isOk());
        LocalDate today = RegionDate.today();
        decide(application, "{\"grant\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("GRANTED"))
                .andExpect(jsonPath("$.licenceNumber").value("ZP/" + today.getYear() + "/001"))
                .andExpect(jsonPath("$.validUntil").value(today.plusYears(1).minusDays(1).toString()));
        decide(application, "{\"grant\":true}").andExpect(status().isConflict());

        long second = fixtures.offer(pes, "Mycie okien", "PUBLISHED");
        long secondApplication = applied(pesUser, application(second, MarkApplicationKind.NEW));
        vote(rops, secondApplication, "FOR");
        decide(secondApplication, "{\"grant\":true}").andExpect(jsonPath("$.licenceNumber")
                .value("ZP/" + today.getYear() + "/002"));

        mvc.perform(get("/api/v1/catalogue/marks")).andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(2)))
                .andExpect(jsonPath("$.content[?(@.offerId == " + offer + ")].licenceNumber")
                        .value("ZP/" + today.getYear() + "/001"));
        // a marked offer applies for a renewal, not anew
        apply(pesUser, application(offer, MarkApplicationKind.NEW)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aRenewalOfAValidLicenceContinuesFromItsEnd() throws Exception {
        LocalDate today = RegionDate.today();
        apply(pesUser, application(offer, MarkApplicationKind.RENEWAL)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        fixtures.licence(offer, pes.id(), "ZP/2020/001", today.minusYears(1).plusDays(20), today.plusDays(20));
        long renewal = applied(pesUser, application(offer, MarkApplicationKind.RENEWAL));
        vote(rops, renewal, "FOR");
        decide(renewal, "{\"grant\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.validUntil").value(today.plusDays(20).plusYears(1).toString()));
    }

    @Test
    void aLicenceExpiredLongerThanNinetyDaysIsNotRenewed() throws Exception {
        LocalDate today = RegionDate.today();
        fixtures.licence(offer, pes.id(), "ZP/2020/002", today.minusYears(1).minusDays(100), today.minusDays(100));
        apply(pesUser, application(offer, MarkApplicationKind.RENEWAL)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        apply(pesUser, application(offer, MarkApplicationKind.NEW)).andExpect(status().isCreated());
    }

    @Test
    void aRevokedOrExpiredMarkLeavesThePublicList() throws Exception {
        LocalDate today = RegionDate.today();
        long valid = fixtures.licence(offer, pes.id(), "ZP/2025/010", today.minusMonths(2), today.plusMonths(10));
        long other = fixtures.offer(pes, "Pranie", "PUBLISHED");
        fixtures.licence(other, pes.id(), "ZP/2025/011", today.minusYears(1), today.minusDays(1));
        mvc.perform(get("/api/v1/catalogue/marks")).andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].licenceNumber").value("ZP/2025/010"));
        mvc.perform(post("/api/v1/catalogue/marks/licences/" + valid + "/revocation").with(as(rops))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/catalogue/marks/licences/" + valid + "/revocation").with(as(rops))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Oferta niezgodna z regulaminem\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/catalogue/marks")).andExpect(jsonPath("$.content", hasSize(0)));
    }
}
