package pl.koordynator.es.support;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OWES adviser records support for a social cooperative (first with mistakes), finds it on the
 * list and in the cooperative's history, in Debian's Chromium at 1280 px and on a 360 px phone.
 * Every page is checked with axe-core; screenshots land in target/screenshots/.
 */
class SupportPagesE2eTest extends BrowserTest {

    @Autowired
    SupportFixtures fixtures;

    @Test
    void anOwesAdviserRecordsSupportAndFindsItOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anOwesAdviserRecordsSupportAndFindsItOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        OrganisationView owes = fixtures.owes("OWES Pomorze Północne");
        OrganisationView cooperative = fixtures.pes("Spółdzielnia Socjalna „Kaszubska Przystań”");
        fixtures.record(cooperative, owes, LocalDate.of(2025, 1, 14), "2", SupportForm.MENTORING);
        UserView adviser = fixtures.staff(owes);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), adviser.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/support", "Wsparcie PES", "support-list-" + suffix);
            assertThat(page.getByText("Liczba rekordów: 1")).isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj wsparcie")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Dodaj wsparcie");
            page.locator("#date").fill("31.02.2025");
            page.locator("#hours").fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(page.locator("#organisationId-error")).hasText("Wybierz podmiot ekonomii społecznej.");
            assertThat(page.locator("#date-error")).hasText("Podaj datę w formacie dd.mm.rrrr.");
            assertThat(page.locator("#hours-error"))
                    .hasText("Liczba godzin musi być większa od 0 i nie większa niż 24.");
            Browsers.check(page, "support-form-errors-" + suffix);

            page.locator("#organisationId").pressSequentially("Kasz");
            page.locator("#organisationId-listbox [role=option]").first().waitFor();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#organisationId")).hasValue(cooperative.name());
            page.locator("#adviser").fill("Katarzyna Wójcik");
            page.locator("#date").fill("03.03.2025");
            page.locator("#hours").fill("1,5");
            page.locator("#form").selectOption("CONSULTING");
            page.locator("#topic").selectOption("PUBLIC_PROCUREMENT");
            page.locator("#notes").fill("Przygotowanie oferty w przetargu z klauzulą społeczną.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();

            assertThat(page.getByText("Wsparcie zostało zapisane.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Historia wsparcia: Spółdzielnia Socjalna „Kaszubska Przystań”");
            assertThat(page.getByText("Suma godzin: 3,5")).isVisible();
            assertThat(page.getByText("Przygotowanie oferty w przetargu z klauzulą społeczną.")).isVisible();
            Browsers.check(page, "support-pes-history-" + suffix);

            Browsers.visit(page, baseUrl(), "/support?form=CONSULTING", "Wsparcie PES", "support-list-filtered-" + suffix);
            assertThat(page.getByText("Liczba rekordów: 1")).isVisible();
            assertThat(page.getByText("Suma godzin: 1,5")).isVisible();
        }
    }
}
