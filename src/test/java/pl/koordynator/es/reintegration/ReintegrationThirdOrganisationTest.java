package pl.koordynator.es.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.PESEL;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;

/**
 * A referral exists only for its two organisations: the users of a third one (an unrelated OPS, another CIS,
 * the social enterprise next door) get 404 on every referral endpoint and never see it in a list; ROPS, an
 * OWES and the committee get 404 too (the list of referrals is refused them by the URL rules), and to the
 * service the referral does not exist.
 */
class ReintegrationThirdOrganisationTest extends IntegrationTest {

    @Autowired
    ReintegrationFixtures fixtures;

    @Autowired
    Referrals referrals;

    private UserView cisUser;
    private ReferralView referral;

    @BeforeEach
    void aReferralFromAnOpsToACis() {
        OrganisationView ops = fixtures.ops("MOPR Gdańsk");
        OrganisationView cis = fixtures.cis("CIS Gdańsk");
        UserView opsUser = fixtures.partner(ops);
        cisUser = fixtures.pesUser(cis);
        users.signIn(opsUser);
        referral = referrals.send(ReintegrationFixtures.input(PESEL, cis.id()));
        users.signIn(cisUser);
        referrals.transition(referral.id(), new TransitionInput(ReferralState.ACCEPTED, null, null, null));
        users.signOut();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private List<MockHttpServletRequestBuilder> everyEndpointOfTheReferral() {
        String base = "/api/v1/reintegration/referrals/" + referral.id();
        return List.of(get(base),
                post(base + "/transitions").contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"IN_PROGRAMME\"}"),
                post(base + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"CANCELLED\", \"reason\": \"x\"}"),
                post(base + "/outcomes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moment\": \"EXIT\", \"outcome\": \"OTHER\"}"));
    }

    private List<MockHttpServletRequestBuilder> everyPageOfTheReferral() {
        String base = "/reintegracja/" + referral.id();
        return List.of(get(base),
                post(base + "/stan").with(csrf()).param("to", "IN_PROGRAMME"),
                post(base + "/stan").with(csrf()).param("to", "CANCELLED").param("reason", "x"),
                post(base + "/wynik").with(csrf()).param("moment", "EXIT").param("outcome", "OTHER"));
    }

    private List<UserView> thirdOrganisations() {
        return List.of(fixtures.partner(fixtures.ops("GOPS w Kolbudach")),
                fixtures.partner(fixtures.pup("PUP w Wejherowie")),
                fixtures.pesUser(fixtures.cis("CIS w Słupsku")),
                fixtures.pesUser(fixtures.wtz("WTZ w Lęborku")),
                fixtures.pesUser(fixtures.socialEnterprise("Spółdzielnia Socjalna Sąsiedzi")),
                fixtures.pesUser(fixtures.ngo("Stowarzyszenie Bez Statusu")));
    }

    @Test
    void usersOfAThirdOrganisationGet404OnEveryReferralEndpointAndAnEmptyList() throws Exception {
        for (UserView third : thirdOrganisations()) {
            for (MockHttpServletRequestBuilder request : everyEndpointOfTheReferral()) {
                mvc.perform(request.with(as(third))).andExpect(status().isNotFound());
            }
            for (MockHttpServletRequestBuilder request : everyPageOfTheReferral()) {
                mvc.perform(request.with(as(third))).andExpect(status().isNotFound());
            }
            mvc.perform(get("/api/v1/reintegration/referrals").with(as(third)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(0));
            mvc.perform(get("/api/v1/reintegration/referrals").param("personKey", referral.personKey()).with(as(third)))
                    .andExpect(jsonPath("$.totalElements").value(0));
        }
        assertThat(jdbc.sql("select state from reintegration_referral where id = :id").param("id", referral.id())
                .query(String.class).single()).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select count(*) from reintegration_read").query(Long.class).single()).isZero();
    }

    @Test
    void ropsOwesAndTheCommitteeGet404OnTheReferralsPagesAndApi_andItDoesNotExistForThemInTheService()
            throws Exception {
        OrganisationView owes = fixtures.organisation("OWES Pomorze Północ", pl.koordynator.es.registry.Kind.OWES,
                ReintegrationFixtures.GDANSK);
        List<UserView> outsiders = List.of(fixtures.user(Role.ADMIN), fixtures.user(Role.COMMITTEE),
                users.create("ri-owes-" + System.nanoTime(), Role.OWES, owes.id()));
        for (UserView outsider : outsiders) {
            for (MockHttpServletRequestBuilder request : everyEndpointOfTheReferral()) {
                mvc.perform(request.with(as(outsider))).andExpect(status().isNotFound());
            }
            for (MockHttpServletRequestBuilder request : everyPageOfTheReferral()) {
                mvc.perform(request.with(as(outsider))).andExpect(status().isNotFound());
            }
            mvc.perform(get("/api/v1/reintegration/referrals").with(as(outsider))).andExpect(status().isForbidden());

            users.signIn(outsider);
            assertThatThrownBy(() -> referrals.referral(referral.id(), ReadChannel.PAGE))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.transition(referral.id(),
                    new TransitionInput(ReferralState.IN_PROGRAMME, null, null, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.recordOutcome(referral.id(),
                    new OutcomeInput(OutcomeMoment.EXIT, ExitOutcome.OTHER, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(referrals.referrals(ReferralQuery.all(), new Paging(0, 10), ReadChannel.LIST).items()).isEmpty();
            users.signOut();
        }
    }

    @Test
    void theReceiversColleagueSeesIt_andAnEmployeeWhoLeftForAnotherUnitNoLonger() throws Exception {
        UserView colleague = users.create("ri-colleague-" + System.nanoTime(), Role.PES, cisUser.organisationId());
        mvc.perform(get("/api/v1/reintegration/referrals/" + referral.id()).with(as(colleague)))
                .andExpect(status().isOk());
        UserView moved = users.create("ri-moved-" + System.nanoTime(), Role.PES,
                fixtures.cis("CIS w Kościerzynie").id());
        mvc.perform(get("/api/v1/reintegration/referrals/" + referral.id()).with(as(moved)))
                .andExpect(status().isNotFound());
    }
}
