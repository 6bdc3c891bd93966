package pl.koordynator.es.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static pl.koordynator.es.events.PlanFixtures.BYTOW;
import static pl.koordynator.es.events.PlanFixtures.CZARNA_DABROWKA;
import static pl.koordynator.es.events.PlanFixtures.GDANSK;

/**
 * An OWES adviser opens the shared plan, sees that another OWES plans the same training in the
 * same powiat, narrows the plan to that powiat, mistypes the range, and looks at the gminas nobody
 * has reached; in Chromium at 1280 px and at 360 px, every page checked with axe-core.
 */
class PlanE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures registry;

    @Test
    void anOwesAdviserFindsADuplicateTrainingAndTheGminasWithoutActivitiesOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anOwesAdviserFindsADuplicateTrainingAndTheGminasWithoutActivitiesOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        PlanFixtures events = new PlanFixtures(jdbc);
        OrganisationView kaszuby = registry.owes("OWES Kaszuby", BYTOW);
        OrganisationView pomorze = registry.owes("OWES Pomorze Środkowe", GDANSK);
        UserView adviser = users.create("doradca-" + System.nanoTime(), Role.OWES, kaszuby.id());
        YearMonth next = YearMonth.now(PlanFixtures.WARSAW).plusMonths(1);
        events.event("Prawo spółdzielni socjalnych w praktyce", EventType.TRAINING, kaszuby.id(), kaszuby.name(),
                next.atDay(5).atTime(10, 0), BYTOW, EventStatus.PUBLISHED, EventTopic.LEGAL, EventTopic.MARKETING);
        events.event("Ustawa o ekonomii społecznej – szkolenie dla spółdzielni", EventType.TRAINING, pomorze.id(),
                pomorze.name(), next.atDay(15).atTime(9, 0), CZARNA_DABROWKA, EventStatus.DRAFT, EventTopic.LEGAL);
        events.event("Targi ekonomii społecznej", EventType.CONFERENCE, null, "Regionalny Ośrodek Polityki Społecznej",
                next.plusMonths(1).atDay(10).atTime(11, 0), GDANSK, EventStatus.PUBLISHED, EventTopic.PROMOTION,
                EventTopic.COOPERATION);
        events.event("Webinarium: finansowanie zwrotne", EventType.SEMINAR, pomorze.id(), pomorze.name(),
                next.atDay(20).atTime(12, 0), null, EventStatus.PUBLISHED, EventTopic.FINANCING);
        events.event("Spotkanie sieci w Bytowie", EventType.NETWORK_MEETING, kaszuby.id(), kaszuby.name(),
                LocalDate.now(PlanFixtures.WARSAW).minusMonths(3).atTime(10, 0), BYTOW, EventStatus.PUBLISHED,
                EventTopic.COOPERATION);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.locator("input[name=username]").fill(adviser.username());
            page.locator("input[name=password]").fill(TestUsers.PASSWORD);
            page.locator("form[action$='/login'] button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/panel$"));

            if (width > 360) {
                // the plan is in the "Wsparcie OWES" menu with the OWES's other work
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wsparcie OWES")).click();
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan działań OWES")).click();
            } else {
                page.navigate(baseUrl() + "/events/plan");
            }
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Wspólny plan działań OWES i ROPS");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Możliwe dublowanie działań")))
                    .isVisible();
            assertThat(page.getByText("Szkolenie, odstęp 10 dni.")).isVisible();
            assertThat(page.locator("section.alert-warning")).containsText("OWES Pomorze Środkowe");
            Browsers.check(page, "plan-overlap-" + suffix);

            page.locator("a[href*='powiat=2201'][href*='from=" + next + "']").first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(
                    Pattern.compile("Działania w wybranym okresie: 2")))).isVisible();
            assertThat(page.locator("#powiat")).hasValue("2201");
            assertThat(page.getByText("planowane", new Page.GetByTextOptions().setExact(true))).isVisible();
            Browsers.check(page, "plan-powiat-" + suffix);

            page.locator("#months").fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż plan")).click();
            assertThat(page.locator("#months-error"))
                    .hasText("Liczba miesięcy musi być liczbą całkowitą od 1 do 24.");
            Browsers.check(page, "plan-error-" + suffix);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gminy bez działań")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Gminy bez działań w ostatnich 12 miesiącach");
            assertThat(page.locator("#coverage-summary")).hasText("122 z 123 gmin bez działań");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Czarna Dąbrówka")).first())
                    .hasAttribute("href", "/map/gmina/" + CZARNA_DABROWKA);
            Browsers.check(page, "plan-coverage-" + suffix);
        }
    }
}
