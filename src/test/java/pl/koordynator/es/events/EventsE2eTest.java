package pl.koordynator.es.events;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event from an OWES adviser's form to the public calendar and two people's registrations, in
 * Debian's Chromium at 1280 px and on a 360 px phone. Every page is checked with axe-core;
 * screenshots land in target/screenshots/.
 */
class EventsE2eTest extends BrowserTest {

    private static final String TITLE = "Klauzule społeczne w zamówieniach gmin – warsztaty dla PES";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    EventsFixtures fixtures;

    @Test
    void anOwesPublishesAnEventAndTwoPeopleRegisterOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anOwesPublishesAnEventAndTwoPeopleRegisterOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        UserView staff = fixtures.owesUser(fixtures.owes("OWES „Pomorskie Centrum Ekonomii Społecznej”"));
        OffsetDateTime start = fixtures.now().plusDays(10).withHour(10).withMinute(0);
        String month = start.atZoneSameInstant(ZoneId.of("Europe/Warsaw")).format(DateTimeFormatter.ofPattern("yyyy-MM"));

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), staff.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/events", "Kalendarz wydarzeń", "events-list-empty-" + suffix);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj wydarzenie")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nowe wydarzenie");
            Browsers.check(page, "events-form-" + suffix);
            page.locator("#title").fill("Kurs");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opublikuj")).click();
            assertThat(page.locator("#title-error")).hasText("Tytuł musi mieć co najmniej 5 znaków.");
            assertThat(page.locator("#type-error")).hasText("Wybierz rodzaj wydarzenia.");
            assertThat(page.locator("#startsAt-error")).hasText("Podaj początek wydarzenia.");
            Browsers.check(page, "events-form-errors-" + suffix);

            page.locator("#type").selectOption("WORKSHOP");
            page.locator("#title").fill(TITLE);
            page.locator("#description").fill("Jak przygotować ofertę, gdy gmina stosuje klauzule społeczne.\n\n"
                    + "Zajęcia praktyczne na przykładach z regionu.");
            page.locator("#startsAt").fill(LOCAL.format(start.atZoneSameInstant(ZoneId.of("Europe/Warsaw"))));
            page.locator("#endsAt").fill(LOCAL.format(start.plusHours(4).atZoneSameInstant(ZoneId.of("Europe/Warsaw"))));
            page.locator("#gminaTeryt").selectOption(EventsFixtures.GDANSK);
            page.locator("#venue").fill("Centrum Ekonomii Społecznej, ul. Długa 1");
            page.locator("#capacity").fill("1");
            page.getByLabel("Klauzule społeczne").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opublikuj")).click();
            assertThat(page.getByText("Wydarzenie zostało opublikowane w kalendarzu.")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
            Browsers.check(page, "events-detail-organiser-" + suffix);
        }

        String ownPath;
        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), "/events", "Kalendarz wydarzeń", "events-list-" + suffix);
            Browsers.visit(page, baseUrl(), "/events/calendar?month=" + month, "Kalendarz wydarzeń", "events-month-" + suffix);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
            assertThat(page.getByText("Miejsca: 0 z 1 zajęte")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz się")).click();
            assertThat(page.locator("#name-error")).hasText("Podaj imię i nazwisko.");
            assertThat(page.locator("#consent-error")).hasText("Zapis wymaga zgody na przetwarzanie danych osobowych.");
            assertThat(page.locator("#altcha-error")).containsText("Potwierdź, że nie jesteś robotem");
            Browsers.check(page, "events-registration-errors-" + suffix);
            page.locator("#name").fill("Anna Nowak");
            page.locator("#email").fill("anna" + suffix + "@example.pl");
            page.locator("#organisationName").fill("Spółdzielnia Socjalna Razem");
            page.locator("#accessibilityNeeds").fill("Dostęp bez schodów");
            page.getByLabel("Wyrażam zgodę na przetwarzanie").check();
            // the proof of work ran in the browser while the form was being filled in (it starts when the
            // form gets the focus), with the widget's worker served by the product
            assertThat(page.locator("altcha-widget label")).hasText("Zweryfikowano");
            assertThat(page.locator("altcha-widget input[name=altcha]")).not().hasValue("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz się")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Twój zapis");
            assertThat(page.getByText("Masz potwierdzone miejsce.")).isVisible();
            Browsers.check(page, "events-own-" + suffix);
            ownPath = page.url().substring(baseUrl().length());
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.visit(page, baseUrl(), ownPath.replaceAll("\\?.*", ""), "Twój zapis", "events-own-again-" + suffix);
            page.onDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anuluj mój zapis")).click();
            assertThat(page.getByText("Zapis został anulowany.")).isVisible();
            Browsers.check(page, "events-own-cancelled-" + suffix);
        }
    }
}
