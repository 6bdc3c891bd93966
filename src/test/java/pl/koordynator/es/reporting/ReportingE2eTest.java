package pl.koordynator.es.reporting;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A quarterly report's way in Chromium at 1280 px and on a 360 px phone: the OWES fills the form
 * (a broken rule shows beside the field as it types), saves and submits; ROPS returns it with a
 * comment on an indicator; the OWES corrects and resubmits; ROPS approves. Every page is checked
 * with axe-core; screenshots land in target/screenshots/.
 */
class ReportingE2eTest extends BrowserTest {

    @Autowired
    ReportingFixtures fixtures;

    @BeforeEach
    void prepareData() {
        fixtures.forget();
    }

    @Test
    void aReportGoesFromAnOwesThroughRopsOnADesktop() {
        journey(1280, 900, "1280");
    }

    @Test
    void aReportGoesFromAnOwesThroughRopsOnA360PxPhone() {
        journey(360, 740, "360");
    }

    private void journey(int width, int height, String suffix) {
        OrganisationView owes = fixtures.owes("OWES „Pomorze Środkowe”");
        UserView staff = fixtures.staff(owes);
        String reportPath;

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), staff.username(), TestUsers.PASSWORD);
            page.navigate(baseUrl() + "/reporting");
            assertThat(heading(page)).hasText("Sprawozdania OWES");
            Browsers.check(page, "reporting-list-" + suffix);
            page.locator("#new-period").fill("2025Q1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utwórz")).click();
            assertThat(heading(page)).hasText("OWES „Pomorze Środkowe” – sprawozdanie 2025Q1");
            reportPath = page.url().substring(baseUrl().length());

            Map.of("PES_SUPPORTED", "12", "PES_NEW", "4", "SE_NEW", "1", "CONSULTING_HOURS", "86,5", "TRAININGS", "3",
                    "TRAINING_PARTICIPANTS", "41", "JST_COOPERATING", "5", "PARTNERSHIPS", "2")
                    .forEach((code, value) -> page.locator("#v-" + code).fill(value));
            page.locator("#v-JOBS_CREATED").fill("2");
            page.locator("#v-JOBS_AT_RISK").fill("3");
            assertThat(page.locator("#err-v-JOBS_AT_RISK")).containsText(
                    "nie może przekraczać liczby utworzonych miejsc pracy. (reguła: JOBS_AT_RISK <= JOBS_CREATED)");
            assertThat(page.locator("#error-summary")).containsText("Popraw następujące błędy");
            Browsers.check(page, "reporting-form-rule-" + suffix);

            page.locator("#v-JOBS_AT_RISK").fill("1");
            assertThat(page.locator("#err-v-JOBS_AT_RISK")).isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz wersję roboczą")).click();
            assertThat(page.getByText("Zapisano wersję roboczą.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Złóż sprawozdanie")).click();
            assertThat(page.getByText("Sprawozdanie zostało złożone.")).isVisible();
            assertThat(page.locator("#v-JOBS_CREATED")).isDisabled();
            Browsers.check(page, "reporting-submitted-" + suffix);
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            page.navigate(baseUrl() + reportPath);
            Browsers.check(page, "reporting-review-" + suffix);
            page.locator("#return-comment").fill("Proszę uzupełnić listy obecności.");
            page.locator("details summary").click();
            page.locator("#rc-TRAININGS").fill("Jedno szkolenie odwołano – sprawdź liczbę.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zwróć do poprawy")).click();
            assertThat(page.getByText("Sprawozdanie zostało zwrócone do poprawy.")).isVisible();
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), staff.username(), TestUsers.PASSWORD);
            page.navigate(baseUrl() + reportPath);
            assertThat(page.getByText("Jedno szkolenie odwołano – sprawdź liczbę.")).isVisible();
            assertThat(page.getByText("Proszę uzupełnić listy obecności.")).isVisible();
            Browsers.check(page, "reporting-returned-" + suffix);
            page.locator("#v-TRAININGS").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Złóż sprawozdanie")).click();
            assertThat(page.getByText("Sprawozdanie zostało złożone.")).isVisible();
        }

        try (BrowserContext context = browsers.newContext(width, height)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), "admin", ADMIN_PASSWORD);
            page.navigate(baseUrl() + reportPath);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zatwierdź sprawozdanie")).click();
            assertThat(page.getByText("Sprawozdanie zostało zatwierdzone.")).isVisible();
            assertThat(page.getByText("Sprawozdanie jest zatwierdzone i zablokowane.", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            Browsers.check(page, "reporting-approved-" + suffix);

            // the approved report is in the regional summary, with who has reported for ROPS
            page.navigate(baseUrl() + "/reporting/summary?period=2025Q1");
            assertThat(heading(page)).hasText("Raport zbiorczy OWES");
            assertThat(page.locator("#region-table")).isVisible();
            assertThat(page.locator("#completeness-table")).containsText("Zatwierdzone");
            Browsers.check(page, "reporting-summary-" + suffix);
        }
    }

    private static com.microsoft.playwright.Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
