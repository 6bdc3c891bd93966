package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.PanelCards.Card;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The dashboard cards of the local plans: ROPS's coverage and expiring plans, a JST's and an OWES's plans. */
class LocalPlanCoverageCardsTest extends IntegrationTest {

    @Autowired
    Territory territory;

    LocalPlanCoverageFixtures plans;
    LocalDate today;
    List<Unit> gminas;

    @BeforeEach
    void enter() {
        plans = new LocalPlanCoverageFixtures(jdbc);
        today = RegionDate.today();
        gminas = territory.units(Level.GMINA, null);
    }

    private RequestPostProcessor as(Role role, Long organisation) {
        return user(users.principal(users.create(role.name().toLowerCase() + "-" + System.nanoTime(), role,
                organisation)));
    }

    @Test
    void ropsSeesTheCoverageOfTheGminasAndThePlansExpiringWithinAYear() throws Exception {
        Unit first = gminas.get(0);
        long expiring = plans.plan(first.teryt(), first.name(), LocalPlanStatus.ADOPTED, today.minusYears(3),
                today.plusDays(45));
        plans.plan(gminas.get(1).teryt(), gminas.get(1).name(), LocalPlanStatus.ADOPTED, today.minusYears(1),
                today.plusYears(3));
        plans.plan(gminas.get(2).teryt(), gminas.get(2).name(), LocalPlanStatus.IN_PREPARATION, null, null);

        Map<String, Card> cards = PanelCards.of(mvc, users.as(Role.ADMIN));

        Card coverage = cards.get("rops-local-plans-coverage");
        assertThat(coverage.count()).isEqualTo(2);
        assertThat(coverage.title()).isEqualTo("Gminy z przyjętym planem lokalnym (z " + gminas.size() + ")");
        assertThat(coverage.items()).extracting(PanelCards.Item::text).containsExactly("Plan przyjęty",
                "Plan w konsultacjach", "Plan w przygotowaniu", "Brak planu");
        assertThat(coverage.items().get(0).note()).isEqualTo("gminy: 2, powiaty: 0");
        assertThat(coverage.items().get(3).note()).startsWith("gminy: " + (gminas.size() - 3) + ",");
        assertThat(coverage.moreUrl()).isEqualTo("/plany-lokalne/pokrycie");

        Card soon = cards.get("rops-local-plans-expiring");
        assertThat(soon.count()).isEqualTo(1);
        assertThat(soon.items()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo(first.name());
            assertThat(item.url()).isEqualTo("/plany-lokalne/" + expiring);
            assertThat(item.note()).isEqualTo("do " + String.format("%02d.%02d.%d", today.plusDays(45).getDayOfMonth(),
                    today.plusDays(45).getMonthValue(), today.plusDays(45).getYear()));
        });
        assertThat(PanelCards.of(mvc, users.as(Role.COMMITTEE))).doesNotContainKeys("rops-local-plans-coverage",
                "rops-local-plans-expiring");
    }

    @Test
    void aJstAndAnOwesSeeTheirActivePlansWithTheCommentsAwaitingThem() throws Exception {
        long jst = plans.organisation("Gmina Testowa", "JST", gminas.get(0).teryt());
        long ops = plans.organisation("Ośrodek Pomocy Społecznej", "JSPS", gminas.get(0).teryt());
        long owes = plans.organisation("OWES Testowy", "OWES", gminas.get(0).teryt());
        long other = plans.organisation("Gmina Inna", "JST", gminas.get(1).teryt());
        long ours = plans.plan(gminas.get(0).teryt(), gminas.get(0).name(), LocalPlanStatus.IN_CONSULTATION, null, null,
                jst, owes);
        plans.comment(ours, "OPEN");
        plans.comment(ours, "OPEN");
        plans.comment(ours, "ACCEPTED");
        plans.plan(gminas.get(0).teryt(), gminas.get(0).name(), LocalPlanStatus.EXPIRED, today.minusYears(6),
                today.minusYears(2), jst, owes);
        long theirs = plans.plan(gminas.get(1).teryt(), gminas.get(1).name(), LocalPlanStatus.ADOPTED,
                today.minusYears(1), today.plusYears(2), other, owes);
        plans.comment(theirs, "REJECTED");
        jdbc.sql("update localplans_plan set responsible_unit_id = :ops where id = :id").param("ops", ops)
                .param("id", ours).update();

        Card partner = PanelCards.of(mvc, as(Role.PARTNER, jst)).get("partner-local-plans");
        assertThat(partner.count()).isEqualTo(2);
        assertThat(partner.items()).singleElement().satisfies(item -> {
            assertThat(item.url()).isEqualTo("/plany-lokalne/" + ours);
            assertThat(item.note()).isEqualTo("W konsultacjach · otwarte uwagi: 2");
        });
        // the responsible unit (the OPS) writes the plan with the JST and sees it too
        assertThat(PanelCards.of(mvc, as(Role.PARTNER, ops)).get("partner-local-plans").items())
                .extracting(PanelCards.Item::url).containsExactly("/plany-lokalne/" + ours);

        Card supported = PanelCards.of(mvc, as(Role.OWES, owes)).get("owes-local-plans");
        assertThat(supported.count()).isEqualTo(2);
        assertThat(supported.items()).extracting(PanelCards.Item::url)
                .containsExactly("/plany-lokalne/" + ours, "/plany-lokalne/" + theirs);

        Card none = PanelCards.of(mvc, as(Role.PARTNER, plans.organisation("Powiat Bez Planu", "JST",
                gminas.get(2).teryt()))).get("partner-local-plans");
        assertThat(none.count()).isZero();
        assertThat(none.empty()).isEqualTo("Brak aktywnych planów lokalnych.");
        assertThat(PanelCards.of(mvc, users.as(Role.PES))).doesNotContainKey("partner-local-plans");
    }
}
