package pl.koordynator.es.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
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

/** PES supported this year on the dashboards of ROPS and the committee, against the supported-PES API. */
class SupportCardsForRopsTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;

    @Test
    void theRegionsAndEveryOwesCountAreThoseTheApiGivesForThisYearWithoutPesNames() throws Exception {
        LocalDate newYear = LocalDate.now(ZoneId.of("Europe/Warsaw")).withDayOfYear(1);
        OrganisationView north = fixtures.owes("OWES Północ");
        OrganisationView south = fixtures.owes("OWES Południe");
        OrganisationView idle = fixtures.owes("OWES Bezczynny");
        OrganisationView first = fixtures.pes("Spółdzielnia Pierwsza");
        OrganisationView both = fixtures.pes("Spółdzielnia Wspólna");
        OrganisationView attendee = fixtures.pes("Stowarzyszenie Uczestnik");
        OrganisationView lastYear = fixtures.pes("Spółdzielnia Zeszłoroczna");
        fixtures.record(first, north, newYear, "2", SupportForm.CONSULTING);
        fixtures.record(both, north, newYear, "1", SupportForm.CONSULTING);
        fixtures.record(both, south, newYear, "1", SupportForm.MENTORING);
        fixtures.record(lastYear, north, newYear.minusDays(1), "1", SupportForm.CONSULTING);
        fixtures.attended(south, attendee, newYear.plusDays(1));
        fixtures.attended(north, fixtures.jst("Urząd Gminy"), newYear.plusDays(1));
        UserView admin = fixtures.admin();
        UserView member = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);

        Card rops = PanelCards.of(mvc, user(users.principal(admin))).get("rops-pes-supported");
        Card committee = PanelCards.of(mvc, user(users.principal(member))).get("committee-pes-supported");

        String year = String.valueOf(newYear.getYear());
        assertThat(rops.count()).isEqualTo(supported(member, year, null)).isEqualTo(3);
        assertThat(rops.title()).isEqualTo("PES objęte wsparciem w " + year + " r.");
        assertThat(rops.items()).containsExactly(
                new Item("OWES Południe", "/organisations/" + south.id(), supported(member, year, south.id()) + " PES"),
                new Item("OWES Północ", "/organisations/" + north.id(), supported(member, year, north.id()) + " PES"),
                new Item("OWES Bezczynny", "/organisations/" + idle.id(), "0 PES"));
        assertThat(rops.items().get(0).note()).isEqualTo("2 PES");
        assertThat(committee.count()).isEqualTo(rops.count());
        assertThat(committee.items()).isEqualTo(rops.items());
        assertThat(committee.moreUrl()).isNull();
        assertThat(committee.toString()).doesNotContain("Spółdzielnia", "Stowarzyszenie");
    }

    @Test
    void owesPesAndPartnerAccountsDoNotGetTheCard() throws Exception {
        for (Role role : new Role[] {Role.OWES, Role.PES, Role.PARTNER}) {
            Map<String, Card> cards = PanelCards.of(mvc, users.as(role));
            assertThat(cards).doesNotContainKeys("rops-pes-supported", "committee-pes-supported");
        }
    }

    private long supported(UserView who, String period, Long owesId) throws Exception {
        var request = get("/api/v1/support/supported-pes").param("period", period).with(user(users.principal(who)));
        if (owesId != null) {
            request = request.param("owesId", owesId.toString());
        }
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.count")).longValue();
    }
}
