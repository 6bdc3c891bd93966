package pl.koordynator.es.security;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning before an idle session ends (WCAG 2.2.1 Timing adjustable), in a real browser whose
 * clock the test moves on: two minutes before the end a dialog offers "Przedłuż sesję", which
 * keeps the session; left alone, the page says the session has ended and offers to sign in again.
 * And the profile's tokens, with their expiry and last use, on a phone.
 */
class SessionsAndTokensE2eTest extends BrowserTest {

    /** The warning's script is loaded deferred: its countdown starts after the page has arrived. */
    private static final Locator.WaitForOptions ARMED = new Locator.WaitForOptions()
            .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED);

    @Autowired
    ApiTokenService tokens;

    @Test
    void twoMinutesBeforeTheIdleEndTheUserIsWarnedAndCanExtendTheSession() {
        users.create("ola.owes", Role.OWES);
        try (BrowserContext context = browsers.newContext(1280, 900)) {
            Page page = context.newPage();
            page.clock().install();
            Browsers.signIn(page, baseUrl(), "ola.owes", TestUsers.PASSWORD);
            page.locator("#session-timeout[data-armed]").waitFor(ARMED);
            Locator dialog = page.getByRole(AriaRole.DIALOG);

            page.clock().fastForward("27:30");
            assertThat(dialog).isHidden();
            page.clock().fastForward("00:31");
            assertThat(dialog).isVisible();
            assertThat(dialog).hasAccessibleName("Sesja wkrótce wygaśnie");
            assertThat(dialog).containsText("Twoja sesja wygaśnie za 2 minuty");
            Locator extend = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Przedłuż sesję"));
            assertThat(extend).isFocused();
            Browsers.check(page, "session-warning-1280");

            // the server's side of the same 28 quiet minutes
            idle("ola.owes", 28);
            Response keepAlive = page.waitForResponse(response -> response.url().endsWith("/session/keep-alive"),
                    extend::click);

            assertThat(keepAlive.status()).isEqualTo(204);
            assertThat(dialog).isHidden();
            assertThat(secondsSinceLastAccess("ola.owes")).isLessThan(30);
            // the countdown starts again from the extension
            page.clock().fastForward("27:00");
            assertThat(dialog).isHidden();
            page.reload();
            assertThat(page).hasURL(Pattern.compile(".*/panel$"));
        }
    }

    @Test
    void leftAloneThePageSaysTheSessionHasEndedAndOffersToSignInAgain() {
        users.create("ola.pes", Role.PES);
        try (BrowserContext context = browsers.newContext(360, 740)) {
            Page page = context.newPage();
            page.clock().install();
            Browsers.signIn(page, baseUrl(), "ola.pes", TestUsers.PASSWORD);
            page.locator("#session-timeout[data-armed]").waitFor(ARMED);
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            page.clock().fastForward("28:01");
            assertThat(dialog).hasAccessibleName("Sesja wkrótce wygaśnie");

            page.clock().fastForward("02:00");

            assertThat(dialog).hasAccessibleName("Sesja wygasła");
            assertThat(dialog).containsText("Twoja sesja wygasła. Aby kontynuować, zaloguj się ponownie");
            Browsers.check(page, "session-expired-360");
            // meanwhile the server has ended the session too
            jdbc.sql("delete from spring_session where principal_name = 'ola.pes'").update();
            dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Zaloguj się ponownie")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?expired$"));
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Twoja sesja wygasła. Zaloguj się ponownie.");
            Browsers.check(page, "login-expired-360");
        }
    }

    @Test
    void tokensWithTheirExpiryAndThePasswordChangeWorkOnAPhone() {
        UserView owes = users.create("ola.owes", Role.OWES);
        users.signIn(owes);
        try {
            tokens.create("stary skrypt");
            tokens.create("nocny import", "DAYS_90");
        } finally {
            users.signOut();
        }
        jdbc.sql("update api_token set expires_at = now() - interval '1 day' where name = 'stary skrypt'").update();
        try (BrowserContext context = browsers.newContext(360, 740)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "ola.owes", TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/profile", "Mój profil", "profile-tokens-360");
            Locator tokenRows = page.locator("#tokens tbody tr");
            assertThat(tokenRows).hasCount(2);
            assertThat(tokenRows.first()).containsText("nocny import");
            assertThat(tokenRows.first()).containsText("nigdy");
            assertThat(tokenRows.last()).containsText("wygasł");

            page.getByLabel("Nazwa tokenu").fill("raport kwartalny");
            page.getByLabel("Ważny przez").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("30 dni"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utwórz token")).click();
            assertThat(page.getByLabel("Twój nowy token API")).hasValue(Pattern.compile("kes_.{40,}"));
            assertThat(tokenRows).hasCount(3);

            page.getByLabel("Obecne hasło").fill(TestUsers.PASSWORD);
            page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("Nowe-Haslo-Ze-Smartfona-1");
            page.getByLabel("Powtórz nowe hasło").fill("Nowe-Haslo-Ze-Smartfona-1");
            page.getByLabel("Unieważnij również moje tokeny API (aktywne: 2)").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zmień hasło")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Unieważniono tokeny API: 2.");
            assertThat(page.locator("#tokens tbody")).not().containsText("Unieważnij");
            Browsers.check(page, "profile-password-changed-360");
        }
    }

    private void idle(String username, int minutes) {
        jdbc.sql("""
                update spring_session
                set last_access_time = (extract(epoch from clock_timestamp()) * 1000)::bigint - :idle,
                    expiry_time = (extract(epoch from clock_timestamp()) * 1000)::bigint - :idle + max_inactive_interval * 1000
                where principal_name = :username""")
                .param("idle", minutes * 60_000L).param("username", username).update();
    }

    private long secondsSinceLastAccess(String username) {
        return jdbc.sql("""
                select ((extract(epoch from clock_timestamp()) * 1000)::bigint - last_access_time) / 1000
                from spring_session where principal_name = :username""")
                .param("username", username).query(Long.class).single();
    }
}
