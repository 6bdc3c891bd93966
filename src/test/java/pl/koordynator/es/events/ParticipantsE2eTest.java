package pl.koordynator.es.events;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
 * The organiser's day of the workshop and the day after, in Debian's Chromium at 1280 px and on
 * a 360 px phone: checking people in with one click each (the row changes, the page does not
 * reload), a participant's evaluation (first with gaps) and the organiser's summary. Every page
 * is checked with axe-core; screenshots land in target/screenshots/.
 */
class ParticipantsE2eTest extends BrowserTest {

    @Autowired
    ParticipantFixtures fixtures;

    @Test
    void anOrganiserChecksPeopleInAndReadsTheEvaluationOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void anOrganiserChecksPeopleInAndReadsTheEvaluationOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        OrganisationView owes = fixtures.owes("OWES Pomorze Środkowe");
        UserView staff = fixtures.staff(owes);
        long today = fixtures.event(owes, "Warsztaty: zamówienia z klauzulami społecznymi",
                ParticipantFixtures.day(0, 9), 6, 2);
        long anna = fixtures.register(today, "Anna Kowalska", "anna@example.org",
                "Spółdzielnia Socjalna „Kaszubska Przystań”", "Tłumacz polskiego języka migowego",
                RegistrationStatus.CONFIRMED);
        fixtures.register(today, "Bartek Nowak", "bartek@example.org", RegistrationStatus.CONFIRMED);
        fixtures.register(today, "Cezary Wiśniewski", "cezary@example.org", "Fundacja Horyzont", null,
                RegistrationStatus.WAITLISTED);
        fixtures.register(today, "Ewa Lis", "ewa@example.org", RegistrationStatus.CANCELLED);

        long yesterday = fixtures.event(owes, "Seminarium o ekonomii społecznej", ParticipantFixtures.day(-1, 10), 4,
                null);
        long dorota = fixtures.register(yesterday, "Dorota Zielińska", "dorota@example.org",
                RegistrationStatus.CONFIRMED);
        long filip = fixtures.register(yesterday, "Filip Mazur", "filip@example.org", RegistrationStatus.CONFIRMED);
        fixtures.attended(dorota);
        fixtures.attended(filip);

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), staff.username(), TestUsers.PASSWORD);
            visit(page, "/events/" + today + "/participants", "participants-" + suffix);
            assertThat(page.locator("#count-confirmed")).containsText("2 / 2");
            assertThat(page.getByText("Tłumacz polskiego języka migowego")).isVisible();

            page.evaluate("window.notReloaded = true");
            Locator row = page.locator("#participant-" + anna);
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Obecny/a")).click();
            assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cofnij"))).isVisible();
            assertThat(page.locator("#participant-" + anna + " .badge")).hasText("Obecny/a");
            assertThat(page.locator("#count-attended")).containsText("1");
            assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
            assertThat(fixtures.isAttended(anna)).isTrue();
            Browsers.check(page, "participants-checked-in-" + suffix);

            page.locator("#participant-" + anna).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Cofnij")).click();
            assertThat(page.locator("#participant-" + anna).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Obecny/a"))).isVisible();
            assertThat(page.evaluate("window.notReloaded === true")).isEqualTo(true);
            assertThat(fixtures.isAttended(anna)).isFalse();
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            String link = "/events/registrations/" + fixtures.token(dorota) + "/evaluation";
            Response response = page.navigate(baseUrl() + link);
            assertThat(response.status()).isEqualTo(200);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Ocena wydarzenia");
            Browsers.check(page, "evaluation-form-" + suffix);

            page.locator("#overall-4").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij ocenę")).click();
            assertThat(page.locator("#usefulness-error")).hasText("Wybierz ocenę od 1 do 5.");
            assertThat(page.locator("#organisation-error")).hasText("Wybierz ocenę od 1 do 5.");
            assertThat(page.locator("#overall-4")).isChecked();
            Browsers.check(page, "evaluation-form-errors-" + suffix);

            page.locator("label[for=usefulness-5]").click();
            page.locator("label[for=organisation-3]").click();
            page.locator("#comment").fill("Dużo praktycznych przykładów, przydałaby się dłuższa przerwa.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij ocenę")).click();
            assertThat(page.getByText("Dziękujemy! Twoja ocena została zapisana.")).isVisible();
            Browsers.check(page, "evaluation-thanks-" + suffix);
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), staff.username(), TestUsers.PASSWORD);
            visit(page, "/events/" + yesterday + "/evaluation", "evaluation-summary-" + suffix);
            assertThat(page.locator("#answers")).hasText("Odpowiedzi: 1 z 2 obecnych");
            assertThat(page.locator("#mean-overall")).hasText("4,0");
            assertThat(page.locator("#mean-organisation")).hasText("3,0");
            assertThat(page.getByText("Dużo praktycznych przykładów, przydałaby się dłuższa przerwa.")).isVisible();
        }
    }

    private void visit(Page page, String path, String screenshot) {
        Response response = page.navigate(baseUrl() + path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        Browsers.check(page, screenshot);
    }
}
