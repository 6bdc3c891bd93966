package pl.koordynator.es.registry;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register as a visitor and as ROPS see it, in Debian's Chromium at 1280 px and on a 360 px
 * phone, every page checked with axe-core (WCAG 2.1 AA). Screenshots land in target/screenshots/.
 */
class OrganisationPagesE2eTest extends BrowserTest {

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void visitorAndCoordinatorUseTheRegisterOnADesktop() {
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            journey(context.newPage(), "1280");
        }
    }

    @Test
    void theRegisterFitsA360PxPhone() {
        try (BrowserContext context = browsers.newContext(360, 740)) {
            journey(context.newPage(), "360");
        }
    }

    private void journey(Page page, String width) {
        OrganisationView cooperative = fixtures.create(RegistryFixtures.withNip(
                RegistryFixtures.pes("Spółdzielnia Socjalna Żuławskie Smaki", "2206011"), "5260250995"));
        fixtures.create(RegistryFixtures.pes("Stowarzyszenie Łączy Nas", "2261011"));

        Browsers.visit(page, baseUrl(), "/organisations", "Podmioty ekonomii społecznej", "registry-public-" + width);
        page.locator("#q").fill("zulawskie");
        assertThat(page.getByText("Liczba organizacji: 1")).isVisible();
        Browsers.check(page, "registry-public-search-" + width);
        Browsers.visit(page, baseUrl(), "/organisations/" + cooperative.id(), "Spółdzielnia Socjalna Żuławskie Smaki",
                "registry-public-card-" + width);

        page.navigate(baseUrl() + "/login");
        page.locator("input[name=username]").fill("admin");
        page.locator("input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/panel$"));

        Browsers.visit(page, baseUrl(), "/organisations", "Rejestr organizacji", "registry-list-" + width);
        Browsers.visit(page, baseUrl(), "/organisations/new", "Nowa organizacja", "registry-new-" + width);
        page.locator("#name").fill("Fundacja Z Błędem");
        page.locator("#nip").fill("123-456-78-90");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.getByText("Ten NIP jest błędny: nie zgadza się cyfra kontrolna.")).isVisible();
        Browsers.check(page, "registry-new-errors-" + width);
        Browsers.visit(page, baseUrl(), "/organisations/" + cooperative.id(), "Spółdzielnia Socjalna Żuławskie Smaki",
                "registry-card-" + width);
        assertThat(page.getByText("Historia zmian")).isVisible();
        Browsers.visit(page, baseUrl(), "/organisations/" + cooperative.id() + "/edit", "Edycja: Spółdzielnia Socjalna Żuławskie Smaki",
                "registry-edit-" + width);
    }
}
