package pl.koordynator.es.notifications.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.MailServer;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A ROPS administrator finds an e-mail that could not be sent, reads why and sends it again, in
 * Debian's Chromium at 1280 px and on a 360 px phone, every page checked with axe-core.
 */
class NotificationPagesE2eTest extends BrowserTest {

    @Autowired
    Notifications notifications;

    @Test
    void anAdministratorSendsAFailedEmailAgainOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anAdministratorSendsAFailedEmailAgainOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        notifications.toAddress("anna.kowalska@owes-pomorze.example.org", "Sprawozdanie kwartalne OWES 2025Q1 przyjęte",
                "Dzień dobry,\nsprawozdanie zostało przyjęte przez ROPS.");
        MailServer.awaitReceived(1);
        jdbc.sql("""
                insert into notification (recipient, subject, body, status, attempts, last_error)
                values ('biuro@spoldzielnia-przystan.example.org', 'Przypomnienie: termin sprawozdania mija 15.04.2025',
                    'Prosimy o złożenie sprawozdania.', 'FAILED', 5,
                    'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is jakarta.mail.MessagingException: Could not connect to SMTP host: poczta.rops.example.org, port: 25 / java.net.ConnectException: Connection refused')
                """).update();

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            page.navigate(baseUrl() + "/login");
            page.locator("input[name=username]").fill(admin.username());
            page.locator("input[name=password]").fill(TestUsers.PASSWORD);
            page.locator("form[action$='/login'] button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile(".*/panel$"));

            // the dashboard's card of failed e-mails leads to them
            Locator failedCard = page.locator("[data-card=rops-emails-failed]");
            assertThat(failedCard).containsText("Przypomnienie: termin sprawozdania mija 15.04.2025");
            assertThat(failedCard.locator(".card-count")).hasText("1");
            failedCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieudane e-maile w skrzynce nadawczej")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Wysłane e-maile");
            assertThat(page.getByText("E-maili: 1")).isVisible();
            assertThat(page.getByText("Connection refused", new Page.GetByTextOptions().setExact(false))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Wyślij ponownie"))).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("E-mail wróci do kolejki i zostanie wysłany za chwilę.");
            Browsers.check(page, "notifications-resent-" + suffix);

            page.locator("#status").selectOption("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtruj")).click();
            // the redirect after the resend already lists both e-mails: wait until htmx has swapped
            // the filtered list in (it pushes the filter into the address), or the click below may
            // open a row that the swap then replaces
            assertThat(page).hasURL(Pattern.compile(".*[?&]status=.*"));
            assertThat(page.getByText("E-maili: 2")).isVisible();
            page.getByText("Sprawozdanie kwartalne OWES 2025Q1 przyjęte").click();
            assertThat(page.getByText("sprawozdanie zostało przyjęte przez ROPS", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            Browsers.check(page, "notifications-list-" + suffix);
            MailServer.awaitMail(mail -> mail.to().contains("biuro@spoldzielnia-przystan.example.org"));
        }
    }
}
