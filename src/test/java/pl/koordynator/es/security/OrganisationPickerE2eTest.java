package pl.koordynator.es.security;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation pickers used from the keyboard alone, as a screen reader user would: type
 * three letters, hear how many suggestions there are, arrow down, Enter, send the form with
 * Enter. axe-core checks each form with its suggestions open, at 1280 px and at 360 px.
 */
class OrganisationPickerE2eTest extends BrowserTest {

    @Autowired
    SupportFixtures fixtures;

    @Test
    void aCoordinatorGivesANewAccountItsOrganisationWithTheKeyboard() {
        OrganisationView owes = fixtures.owes("OWES Pomorze Północne");
        fixtures.owes("OWES Pomorze Południowe");

        try (BrowserContext context = browsers.newContext(1280, 900)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", IntegrationTest.ADMIN_PASSWORD);
            Browsers.visit(page, baseUrl(), "/admin/users/new", "Nowy użytkownik", "picker-user-new-1280");
            Keyboard keyboard = page.keyboard();
            page.locator("#username").focus();
            keyboard.type("ola.owes");
            keyboard.press("Tab");
            keyboard.type("Ola Nowak");
            keyboard.press("Tab");
            keyboard.type("ola@owes.example");
            keyboard.press("Tab");
            page.locator("#role").selectOption("OWES");

            Locator picker = page.locator("#organisationId");
            picker.focus();
            keyboard.type("Pół");
            Locator options = page.locator("#organisationId-listbox [role=option]");
            assertThat(options).hasCount(1);
            assertThat(picker).hasAttribute("aria-expanded", "true");
            assertThat(page.locator("#organisationId-count")).hasText("Podpowiedzi: 1. Wybierz strzałkami i klawiszem Enter.");
            keyboard.press("ArrowDown");
            assertThat(picker).hasAttribute("aria-activedescendant", options.first().getAttribute("id"));
            assertThat(options.first()).hasAttribute("aria-selected", "true");
            Browsers.check(page, "picker-user-open-1280");
            keyboard.press("Enter");
            assertThat(picker).hasValue("OWES Pomorze Północne");
            assertThat(picker).hasAttribute("aria-expanded", "false");

            page.locator("#password").focus();
            keyboard.type("Mocne-Haslo-OWES-1");
            keyboard.press("Enter");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Edytuj konto ola.owes");
            assertThat(page.locator("#organisationId")).hasValue("OWES Pomorze Północne");
        }
        assertThat(jdbc.sql("select organisation_id from user_account where username = 'ola.owes'").query(Long.class)
                .single()).isEqualTo(owes.id());
    }

    @Test
    void anAdviserPicksThePesOfASupportRecordWithTheKeyboardOnAPhone() {
        OrganisationView owes = fixtures.owes("OWES Pomorze Północne");
        OrganisationView cooperative = fixtures.pes("Spółdzielnia Socjalna Razem");
        fixtures.pes("Spółdzielnia Socjalna Wspólny Stół");
        var adviser = fixtures.staff(owes);

        try (BrowserContext context = browsers.newContext(360, 740)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), adviser.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/support/new", "Dodaj wsparcie", "picker-support-new-360");
            Keyboard keyboard = page.keyboard();

            Locator picker = page.locator("#organisationId");
            picker.focus();
            keyboard.type("Spó");
            Locator options = page.locator("#organisationId-listbox [role=option]");
            assertThat(options).hasCount(2);
            assertThat(page.locator("#organisationId-count")).hasText("Podpowiedzi: 2. Wybierz strzałkami i klawiszem Enter.");
            keyboard.press("ArrowDown");
            keyboard.press("ArrowDown");
            keyboard.press("ArrowUp");
            assertThat(options.first()).hasAttribute("aria-selected", "true");
            Browsers.check(page, "picker-support-open-360");
            keyboard.press("Escape");
            assertThat(picker).hasAttribute("aria-expanded", "false");
            keyboard.press("ArrowDown");
            keyboard.press("Enter");
            assertThat(picker).hasValue("Spółdzielnia Socjalna Razem");

            page.locator("#adviser").focus();
            keyboard.type("Anna Kowalska");
            page.locator("#hours").focus();
            keyboard.type("2");
            page.locator("#form").selectOption("CONSULTING");
            page.locator("#topic").selectOption("LEGAL");
            page.locator("#adviser").focus();
            keyboard.press("Enter");

            assertThat(page.getByText("Wsparcie zostało zapisane.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Historia wsparcia: Spółdzielnia Socjalna Razem");
        }
        assertThat(jdbc.sql("select organisation_id from support_record").query(Long.class).single())
                .isEqualTo(cooperative.id());
    }
}
