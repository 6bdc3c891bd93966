package pl.koordynator.es.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.OTHER_PESEL;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.PESEL;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.RegionDate;

/**
 * Every read of a referral is in the read log: its page, each referral of a list, the API; ROPS reads the log
 * over the API and on its admin page, nobody else.
 */
class ReferralReadLogTest extends IntegrationTest {

    @Autowired
    ReintegrationFixtures fixtures;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralReads reads;

    private UserView opsUser;
    private UserView cisUser;
    private UserView admin;
    private ReferralView first;
    private ReferralView second;

    @BeforeEach
    void referrals() {
        OrganisationView ops = fixtures.ops("Gminny Ośrodek Pomocy Społecznej");
        OrganisationView cis = fixtures.cis("CIS Gdańsk");
        opsUser = fixtures.partner(ops);
        cisUser = fixtures.pesUser(cis);
        admin = fixtures.user(Role.ADMIN);
        users.signIn(opsUser);
        first = referrals.send(ReintegrationFixtures.input(PESEL, cis.id()));
        second = referrals.send(ReintegrationFixtures.input(OTHER_PESEL, cis.id()));
        users.signOut();
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private List<Map<String, Object>> log() {
        return jdbc.sql("select referral_id, user_id, channel from reintegration_read order by id").query().listOfRows();
    }

    @Test
    void writingAReferralIsNoRead_butItsPageAListAndTheApiAre() throws Exception {
        assertThat(log()).isEmpty();

        users.signIn(cisUser);
        referrals.referral(first.id(), ReadChannel.PAGE);
        referrals.referrals(ReferralQuery.all(), new Paging(0, 10), ReadChannel.LIST);
        users.signOut();
        mvc.perform(get("/api/v1/reintegration/referrals/" + second.id()).with(as(opsUser))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reintegration/referrals").with(as(opsUser))).andExpect(status().isOk());

        assertThat(log()).containsExactly(
                Map.of("referral_id", first.id(), "user_id", cisUser.id(), "channel", "PAGE"),
                Map.of("referral_id", second.id(), "user_id", cisUser.id(), "channel", "LIST"),
                Map.of("referral_id", first.id(), "user_id", cisUser.id(), "channel", "LIST"),
                Map.of("referral_id", second.id(), "user_id", opsUser.id(), "channel", "API"),
                Map.of("referral_id", second.id(), "user_id", opsUser.id(), "channel", "LIST"),
                Map.of("referral_id", first.id(), "user_id", opsUser.id(), "channel", "LIST"));
    }

    @Test
    void theReferralsShownOnTheDashboardCardsAreReadsOfTheList() throws Exception {
        Map<String, PanelCards.Card> cis = PanelCards.of(mvc, as(cisUser));
        assertThat(cis.get("reintegration-new-referrals").items()).extracting(PanelCards.Item::url)
                .containsExactlyInAnyOrder("/reintegracja/" + first.id(), "/reintegracja/" + second.id());
        assertThat(log()).containsExactlyInAnyOrder(
                Map.of("referral_id", first.id(), "user_id", cisUser.id(), "channel", "LIST"),
                Map.of("referral_id", second.id(), "user_id", cisUser.id(), "channel", "LIST"));

        Map<String, PanelCards.Card> ops = PanelCards.of(mvc, as(opsUser));
        assertThat(ops.get("reintegration-awaiting-answer").items()).hasSize(2);
        assertThat(log()).hasSize(4).contains(
                Map.of("referral_id", first.id(), "user_id", opsUser.id(), "channel", "LIST"),
                Map.of("referral_id", second.id(), "user_id", opsUser.id(), "channel", "LIST"));

        // a dashboard without referrals on its cards reads nothing
        PanelCards.of(mvc, as(fixtures.partner(fixtures.ops("Ośrodek Pomocy Społecznej bez skierowań"))));
        assertThat(log()).hasSize(4);
    }

    @Test
    void aRefusedReadIsNotARead() throws Exception {
        UserView stranger = fixtures.partner(fixtures.ops("Ośrodek Pomocy Społecznej w Innej Gminie"));
        mvc.perform(get("/api/v1/reintegration/referrals/" + first.id()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reintegration/referrals").with(as(stranger)))
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(log()).isEmpty();
    }

    @Test
    void ropsReadsTheLogOverTheApi_newestFirst_filteredByReferralUserAndDays() throws Exception {
        mvc.perform(get("/api/v1/reintegration/referrals/" + first.id()).with(as(cisUser))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reintegration/referrals/" + second.id()).with(as(opsUser))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/reintegration/reads").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].referralId").value(second.id()))
                .andExpect(jsonPath("$.content[0].username").value(opsUser.username()))
                .andExpect(jsonPath("$.content[0].channel").value("API"))
                .andExpect(jsonPath("$.content[1].userId").value(cisUser.id()));
        mvc.perform(get("/api/v1/reintegration/reads").param("referralId", String.valueOf(first.id())).with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].username").value(cisUser.username()));
        mvc.perform(get("/api/v1/reintegration/reads").param("username", cisUser.username().toUpperCase())
                        .with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1));
        String today = RegionDate.today().toString();
        mvc.perform(get("/api/v1/reintegration/reads").param("from", today).param("to", today).with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/reintegration/reads").param("to", RegionDate.today().minusDays(1).toString())
                        .with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/reintegration/reads").param("from", today)
                        .param("to", RegionDate.today().minusDays(1).toString()).with(as(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void nobodyButRopsReadsTheLog() throws Exception {
        mvc.perform(get("/api/v1/reintegration/reads").with(as(cisUser))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reintegration/reads").with(as(opsUser))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reintegracja/odczyty").with(as(cisUser))).andExpect(status().isForbidden());
        users.signIn(cisUser);
        assertThatThrownBy(() -> reads.reads(null, null, null, null, new Paging(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdminPageListsReadsWithTheUserAndTheReferralNumber() throws Exception {
        users.signIn(cisUser);
        referrals.referral(first.id(), ReadChannel.PAGE);
        users.signOut();

        mvc.perform(get("/admin/reintegracja/odczyty").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(cisUser.username())))
                .andExpect(content().string(containsString("#" + first.id())))
                .andExpect(content().string(containsString("Strona skierowania")))
                .andExpect(content().string(containsString("Odczytów: 1")));
        mvc.perform(get("/admin/reintegracja/odczyty").param("referral", "#" + second.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brak odczytów")));
        mvc.perform(get("/admin/reintegracja/odczyty").param("referral", "abc").param("from", "32.13.2026")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Podaj numer skierowania")))
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(not(containsString(cisUser.username()))));
    }
}
