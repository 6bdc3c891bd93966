package pl.koordynator.es.registry.web;

import java.time.LocalDate;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.testing.BrowserTest;
import pl.koordynator.es.testing.TestUsers;
import pl.koordynator.es.testing.browser.Browsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ROPS opens the card of a PES with support, event attendance and reported needs, follows a
 * section's link, and opens the card of the OWES with its report; a visitor opens the PES's card.
 * At 1280 px and on a 360 px phone, every page checked with axe-core; screenshots in target/screenshots/.
 */
class OrganisationActivityE2eTest extends BrowserTest {

    @Autowired
    SupportFixtures support;
    @Autowired
    NeedsFixtures needs;

    @ParameterizedTest
    @ValueSource(ints = {1280, 360})
    void ropsReadsTheHistoryOfAPesAndOfItsOwesAndAVisitorOnlyItsPublicPart(int width) throws Exception {
        LocalDate today = LocalDate.now();
        OrganisationView owes = support.owes("OWES Pomorze Północne");
        OrganisationView pes = support.pes("Spółdzielnia Socjalna „Kaszubska Przystań”");
        support.record(pes, owes, today.minusDays(12), "2.5", SupportForm.CONSULTING);
        support.record(pes, owes, today.minusDays(40), "6", SupportForm.TRAINING);
        support.attended(owes, pes, today.minusDays(7));
        UserView member = needs.member(Role.PES, pes);
        needs.published(member, NeedsFixtures.input(NeedsFixtures.GDANSK, "Mieszkania treningowe dla absolwentów CIS"));
        needs.submitted(member, NeedsFixtures.input(NeedsFixtures.GDANSK, "Dowóz do pracy z terenów wiejskich"));
        UserView admin = support.admin();
        // through the API, which stays whatever the reporting module's services become
        mvc.perform(post("/api/v1/reporting/reports").with(user(users.principal(support.staff(owes))))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"2025Q1\"}"
                                .formatted(owes.id())))
                .andExpect(status().isCreated());

        try (BrowserContext context = browsers.newContext(width, 900)) {
            Page page = context.newPage();
            Browsers.signIn(page, baseUrl(), admin.username(), TestUsers.PASSWORD);
            Browsers.visit(page, baseUrl(), "/organisations/" + pes.id(), pes.name(), "history-pes-rops-" + width);
            assertThat(page.locator("[data-section=support-received] [data-figure=hours]")).hasText("8,5");
            assertThat(page.locator("[data-section=events-attended]")).containsText("Warsztaty");
            assertThat(page.locator("[data-section=needs-reported]")).containsText("Dowóz do pracy z terenów wiejskich");
            page.locator("[data-section=support-received]").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("OWES Pomorze Północne")).click();
            assertThat(page.getByText("Liczba rekordów: 2")).isVisible();

            Browsers.visit(page, baseUrl(), "/organisations/" + owes.id(), owes.name(), "history-owes-rops-" + width);
            assertThat(page.locator("[data-section=reports]")).containsText("2025Q1");
            assertThat(page.locator("[data-section=support-given]")).containsText(pes.name());
            page.context().clearCookies();

            Browsers.visit(page, baseUrl(), "/organisations/" + pes.id(), pes.name(), "history-pes-visitor-" + width);
            assertThat(page.locator("[data-section]")).hasCount(1);
            assertThat(page.locator("[data-section=needs-reported]")).containsText("Mieszkania treningowe dla absolwentów CIS");
            assertThat(page.getByText("Dowóz do pracy z terenów wiejskich")).hasCount(0);
        }
    }
}
