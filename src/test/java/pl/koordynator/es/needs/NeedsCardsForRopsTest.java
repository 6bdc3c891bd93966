package pl.koordynator.es.needs;

import java.time.OffsetDateTime;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;
import pl.koordynator.es.testing.PanelCards.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The moderation card of ROPS's dashboard against the needs API. */
class NeedsCardsForRopsTest extends IntegrationTest {

    @Autowired
    NeedsFixtures fixtures;

    @Test
    void needsWaitingForModerationAreCountedAsTheApiCountsThemTheLongestWaitingFirst() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna Razem", NeedsFixtures.GDANSK);
        NeedView recent = fixtures.submitted(pes, NeedsFixtures.input(NeedsFixtures.GDANSK, "Miejsca w CIS"));
        NeedView oldest = fixtures.submitted(pes, NeedsFixtures.input(NeedsFixtures.GDYNIA, "Mieszkania treningowe"));
        fixtures.published(pes, NeedsFixtures.input(NeedsFixtures.GDANSK, "Opublikowana"));
        backdate(oldest.id(), 9);
        backdate(recent.id(), 1);
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);

        Card card = PanelCards.of(mvc, user(users.principal(admin))).get("rops-needs-waiting");

        String api = mvc.perform(get("/api/v1/needs").param("status", "SUBMITTED").with(user(users.principal(admin))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card.count()).isEqualTo(((Number) JsonPath.read(api, "$.totalElements")).longValue()).isEqualTo(2);
        assertThat(card.items()).containsExactly(
                new Item("Mieszkania treningowe", "/needs/" + oldest.id(), "czeka 9 dni, Spółdzielnia Socjalna Razem"),
                new Item("Miejsca w CIS", "/needs/" + recent.id(), "czeka 1 dzień, Spółdzielnia Socjalna Razem"));
        assertThat(card.moreUrl()).isEqualTo("/needs?status=SUBMITTED");
        mvc.perform(get(card.moreUrl()).with(user(users.principal(admin)))).andExpect(status().isOk());
    }

    @Test
    void withNothingToModerateTheCardSaysSo() throws Exception {
        Card card = PanelCards.of(mvc, users.as(Role.ADMIN)).get("rops-needs-waiting");

        assertThat(card.count()).isZero();
        assertThat(card.empty()).isEqualTo("Żadna zgłoszona potrzeba nie czeka na moderację.");
    }

    private void backdate(long id, int days) {
        jdbc.sql("update reported_need set submitted_at = :at where id = :id")
                .param("at", OffsetDateTime.now().minusDays(days)).param("id", id).update();
    }
}
