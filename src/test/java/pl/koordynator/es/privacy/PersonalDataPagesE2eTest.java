package pl.koordynator.es.privacy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ROPS administrator handles Anna's request in Debian's Chromium, at 1280 px and on a 360 px
 * phone: a mistyped address first, then the search, the confirmation (first without the tick)
 * and the summary; then a referred person's PESEL, mistyped and right; every page checked with axe-core,
 * screenshots in target/screenshots/.
 */
class PersonalDataPagesE2eTest extends BrowserTest {

    @Autowired
    PrivacyFixtures fixtures;

    @Test
    void anAdministratorErasesAPersonsDataOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anAdministratorErasesAPersonsDataOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        fixtures.anna();
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), admin.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/personal-data", "Dane osobowe", "privacy-search-" + suffix);

            page.locator("#email").fill("anna.nowak-testowa");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
            assertThat(page.locator("#email-error")).hasText("Podaj poprawny adres e-mail, np. anna.nowak@example.pl.");
            Browsers.check(page, "privacy-search-error-" + suffix);

            page.locator("#email").fill(PrivacyFixtures.EMAIL_AS_TYPED);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
            assertThat(page.getByText("Osoby kontaktowe organizacji (rejestr)")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pobierz eksport (JSON)")))
                    .isVisible();
            Browsers.check(page, "privacy-findings-" + suffix);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Usuń dane")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Usunięcie danych osobowych");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Usuń dane")).click();
            assertThat(page.locator("#confirm-error")).hasText("Zaznacz potwierdzenie, aby usunąć dane.");
            Browsers.check(page, "privacy-confirm-error-" + suffix);

            page.getByLabel("Potwierdzam usunięcie danych tej osoby.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Usuń dane")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Dane usunięte");
            assertThat(page.getByText("Usunięto dane z 8 rekordów.")).isVisible();
            Browsers.check(page, "privacy-erased-" + suffix);
            assertThat(fixtures.placesMentioning(PrivacyFixtures.EMAIL)).isEmpty();

            // a person referred for reintegration: a wrong PESEL is named and not shown again
            Browsers.visit(page, baseUrl(), "/admin/personal-data", "Dane osobowe", "privacy-person-" + suffix);
            page.locator("#personPesel").fill("85031701239");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Znajdź osobę")).click();
            assertThat(page.locator("#personPesel-error")).containsText("PESEL jest nieprawidłowy");
            assertThat(page.locator("#personPesel")).hasValue("");
            Browsers.check(page, "privacy-person-error-" + suffix);
            page.locator("#personPesel").fill("85031701238");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Znajdź osobę")).click();
            assertThat(page.getByText("Platforma nie przechowuje danych tej osoby.")).isVisible();
            assertThat(page.locator("#personPesel")).hasValue("");
            Browsers.check(page, "privacy-person-findings-" + suffix);

            Browsers.visit(page, baseUrl(), "/deklaracja-dostepnosci", "Deklaracja dostępności",
                    "privacy-notice-" + suffix);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dane osobowe")))
                    .isVisible();
        }
    }
}
