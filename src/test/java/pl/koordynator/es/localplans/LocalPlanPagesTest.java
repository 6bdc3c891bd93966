package pl.koordynator.es.localplans;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plan pages: a PARTNER of a JST saves a plan with a goal, an action and an indicator and its page
 * shows them in words and Polish numbers; rows are added and removed without a script; bad values are
 * named in Polish beside their fields and nothing is saved; a second active plan is refused on the unit
 * and the plan it would replace is offered; a PES may not post, another JST may not edit; the list
 * filters and downloads the filtered rows; the authors upload, download and remove PDFs.
 */
class LocalPlanPagesTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlans plans;

    @Autowired
    MessageSource messages;

    OrganisationView kartuzy;
    OrganisationView gdansk;
    OrganisationView owes;
    UserView partner;

    @BeforeEach
    void twoJstsAnOwesAndAPartnerOfTheFirst() {
        kartuzy = fixtures.jst("Gmina Kartuzy " + System.nanoTime(), LocalPlansFixtures.KARTUZY);
        gdansk = fixtures.jst("Gmina Miasta Gdańska " + System.nanoTime(), LocalPlansFixtures.GDANSK);
        owes = fixtures.owes("OWES Pomorze " + System.nanoTime(), LocalPlansFixtures.GDANSK);
        partner = fixtures.partner(kartuzy);
    }

    @Test
    void aPartnerSavesAPlanWithAGoalAnActionAndAnIndicatorAndItsPageShowsThem() throws Exception {
        assertThat(page(get("/plany-lokalne/nowy").with(as(partner)))).contains("id=\"jst-fixed\"")
                .contains(kartuzy.name()).contains("name=\"goals[0].title\"").contains("id=\"add-action\"");

        MockHttpServletResponse saved = mvc.perform(plan(post("/plany-lokalne/nowy"), "Plan ES Kartuz",
                "jstId", String.valueOf(gdansk.id())).with(as(partner))).andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).startsWith("/plany-lokalne/");
        long id = Long.parseLong(saved.getRedirectedUrl().substring("/plany-lokalne/".length()));
        LocalPlanView plan = fixtures.as(partner, () -> plans.plan(id));
        assertThat(plan.jstId()).as("a PARTNER writes for its own JST whatever the form sends").isEqualTo(kartuzy.id());
        assertThat(plan.owesId()).isEqualTo(owes.id());
        assertThat(plan.goals()).extracting(LocalPlanView.Goal::title).containsExactly("Więcej miejsc pracy");
        assertThat(plan.actions()).singleElement().satisfies(action -> {
            assertThat(action.budget()).isEqualByComparingTo("125000.5");
            assertThat(action.goalNumber()).isEqualTo(1);
            assertThat(action.responsible()).extracting(LocalPlanView.Party::id).containsExactly(kartuzy.id());
        });
        assertThat(plan.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.target()).isEqualByComparingTo("30");
            assertThat(indicator.source()).isEqualTo(IndicatorSource.ENTERED);
        });

        String html = page(get("/plany-lokalne/" + id).with(as(fixtures.user(Role.COMMITTEE))));
        LocalDate start = RegionDate.today().plusMonths(1).withDayOfMonth(1);
        assertThat(html).contains("Plan ES Kartuz").contains("125 000,50 zł").contains(fmt(start))
                .contains(polish("localplans.status.IN_PREPARATION")).contains(polish("localplans.source.ENTERED"))
                .contains("href=\"/plany-lokalne/" + id + "/sekcje/diagnosis\"")
                .contains("href=\"/plany-lokalne/" + id + "/diagnoza\"")
                .contains("href=\"/plany-lokalne/" + id + "/monitoring\"").contains("href=\"/plany-lokalne/pokrycie\"")
                .doesNotContain("id=\"edit\"").doesNotContain("id=\"document-form\"");
        assertThat(page(get("/plany-lokalne/" + id).with(as(partner)))).contains("id=\"edit\"")
                .contains("id=\"document-form\"");
    }

    @Test
    void addingAndRemovingRowsShowTheFormAgainWithoutSavingAnything() throws Exception {
        String added = page(plan(post("/plany-lokalne/nowy"), "Plan z wierszami").param("addGoal", "1").with(as(partner)));
        assertThat(added).contains("name=\"goals[1].title\"").contains("id=\"remove-goal-1\"")
                .contains("value=\"Plan z wierszami\"").contains("<label for=\"goals1.title\"");

        String actions = page(plan(post("/plany-lokalne/nowy"), "Plan z wierszami").param("addAction", "1")
                .with(as(partner)));
        assertThat(actions).contains("name=\"actions[1].title\"").contains("name=\"actions[1].responsibleIds\"");

        String removed = page(plan(post("/plany-lokalne/nowy"), "Plan z wierszami").param("removeGoal", "0")
                .with(as(partner)));
        assertThat(removed).doesNotContain("name=\"goals[0].title\"").contains("name=\"actions[0].title\"")
                .contains("name=\"indicators[0].name\"");

        String indicator = page(plan(post("/plany-lokalne/nowy"), "Plan z wierszami").param("removeIndicator", "0")
                .with(as(partner)));
        assertThat(indicator).doesNotContain("name=\"indicators[0].name\"").contains("id=\"add-indicator\"");
        assertThat(count()).isZero();
    }

    @Test
    void badValuesAreNamedInPolishBesideTheirFieldsAndNothingIsSaved() throws Exception {
        LocalDate today = RegionDate.today();
        String html = page(plan(post("/plany-lokalne/nowy"), "Plan przyjęty bez uchwały", "status", "ADOPTED",
                "periodStart", today.plusYears(2).toString(), "periodEnd", today.plusYears(1).toString())
                .with(as(partner)));

        assertThat(fieldError(html, "resolutionNumber")).isEqualTo(polish("localplans.error.adopted.resolutionNumber"));
        assertThat(fieldError(html, "periodEnd")).isEqualTo(polish("localplans.error.periodEnd.beforeStart"));
        assertThat(html).contains(polish("localplans.pages.form.errors")).contains("href=\"#resolutionNumber\"");
        assertThat(count()).isZero();

        String typed = page(plan(post("/plany-lokalne/nowy"), "Plan", "actions[0].budget", "dużo",
                "indicators[0].targetYear", "za pięć lat").with(as(partner)));
        assertThat(fieldError(typed, "actions0.budget")).isEqualTo(polish("form.error.amount"));
        assertThat(fieldError(typed, "indicators0.targetYear")).isEqualTo(polish("form.error.whole"));
        assertThat(typed).contains("value=\"dużo\"");

        String empty = page(plan(post("/plany-lokalne/nowy"), "Plan", "unitTeryt", "").with(as(partner)));
        assertThat(fieldError(empty, "unitTeryt")).isEqualTo(polish("localplans.error.unit.required"));
        assertThat(count()).isZero();
    }

    @Test
    void aSecondActivePlanIsRefusedOnTheUnitAndThePlanItWouldReplaceIsOffered() throws Exception {
        LocalPlanView first = fixtures.plan(LocalPlansFixtures.withTitle(
                LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, kartuzy.id(), owes.id()), "Pierwszy plan Kartuz"));

        String refused = page(plan(post("/plany-lokalne/nowy"), "Drugi plan Kartuz").with(as(partner)));
        assertThat(fieldError(refused, "unitTeryt")).isEqualTo(polish("localplans.error.unit.activePlanExists"));
        assertThat(refused).contains("id=\"replaces-offer\"").contains("Pierwszy plan Kartuz")
                .contains("name=\"replacesId\" value=\"" + first.id() + "\"");
        assertThat(count()).isEqualTo(1);

        MockHttpServletResponse saved = mvc.perform(plan(post("/plany-lokalne/nowy"), "Drugi plan Kartuz",
                "replacesId", String.valueOf(first.id())).with(as(partner))).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).startsWith("/plany-lokalne/");
        LocalPlanView old = fixtures.as(partner, () -> plans.plan(first.id()));
        assertThat(old.status()).isEqualTo(LocalPlanStatus.REPLACED);
        assertThat(page(get("/plany-lokalne/" + first.id()).with(as(partner)))).contains("id=\"replaced-by\"")
                .contains("href=\"" + saved.getRedirectedUrl() + "\"");
    }

    @Test
    void aPesMayNotPostAndAnotherJstMayNotEditAndAStaleFormIsSaidAboveIt() throws Exception {
        UserView pes = fixtures.pesUser(fixtures.pes("Spółdzielnia Socjalna Razem " + System.nanoTime(),
                LocalPlansFixtures.KARTUZY));
        assertThat(status(plan(post("/plany-lokalne/nowy"), "Plan PES").with(as(pes)))).isEqualTo(403);
        assertThat(status(get("/plany-lokalne/nowy").with(as(pes)))).isEqualTo(403);
        assertThat(count()).isZero();

        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, kartuzy.id(), owes.id()));
        UserView other = fixtures.partner(gdansk);
        assertThat(status(get("/plany-lokalne/" + plan.id() + "/edycja").with(as(other)))).isEqualTo(403);
        assertThat(status(plan(post("/plany-lokalne/" + plan.id() + "/edycja"), "Przejęty plan").with(as(other))))
                .isEqualTo(403);
        assertThat(page(get("/plany-lokalne/" + plan.id()).with(as(other)))).doesNotContain("id=\"edit\"");

        String form = page(get("/plany-lokalne/" + plan.id() + "/edycja").with(as(partner)));
        assertThat(form).contains("value=\"" + plan.title() + "\"").doesNotContain("id=\"replaces-offer\"");
        MockHttpServletResponse saved = mvc.perform(plan(post("/plany-lokalne/" + plan.id() + "/edycja"),
                "Plan po zmianach", "version", String.valueOf(plan.version()), "jstId", String.valueOf(kartuzy.id()))
                .with(as(partner)))
                .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString()).isEqualTo("/plany-lokalne/" + plan.id());

        String stale = page(plan(post("/plany-lokalne/" + plan.id() + "/edycja"), "Plan nadpisany", "version",
                String.valueOf(plan.version()), "jstId", String.valueOf(kartuzy.id())).with(as(partner)));
        assertThat(stale).contains(polish("localplans.pages.form.stale"));
        assertThat(fixtures.as(partner, () -> plans.plan(plan.id())).title()).isEqualTo("Plan po zmianach");
    }

    @Test
    void theListFiltersByStatusPowiatAndOwesAndItsDownloadsHoldTheFilteredRows() throws Exception {
        fixtures.plan(LocalPlansFixtures.withTitle(LocalPlansFixtures.adopted(
                LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, kartuzy.id(), owes.id()), "XV/120/2025"),
                "Plan przyjęty Kartuz"));
        fixtures.plan(LocalPlansFixtures.withTitle(
                LocalPlansFixtures.input(LocalPlansFixtures.GDANSK, gdansk.id(), null), "Plan Gdańska w przygotowaniu"));

        String all = page(get("/plany-lokalne").with(as(fixtures.user(Role.PES))));
        assertThat(all).contains("Plan przyjęty Kartuz").contains("Plan Gdańska w przygotowaniu")
                .doesNotContain("id=\"new-plan\"");
        assertThat(page(get("/plany-lokalne").with(as(partner)))).contains("id=\"new-plan\"");
        assertThat(page(get("/plany-lokalne?status=ADOPTED").with(as(partner)))).contains("Plan przyjęty Kartuz")
                .doesNotContain("Plan Gdańska");
        assertThat(page(get("/plany-lokalne?powiat=" + LocalPlansFixtures.GDANSK_POWIAT).with(as(partner))))
                .contains("Plan Gdańska").doesNotContain("Plan przyjęty Kartuz");
        String byOwes = page(get("/plany-lokalne?owes=" + owes.id()).with(as(partner)));
        assertThat(byOwes).contains("Plan przyjęty Kartuz").doesNotContain("Plan Gdańska")
                .contains("href=\"/plany-lokalne.csv?owes=" + owes.id() + "\"");
        assertThat(page(get("/plany-lokalne?q=gdańska").with(as(partner)))).contains("Plan Gdańska")
                .doesNotContain("Plan przyjęty Kartuz");

        MockHttpServletResponse csv = mvc.perform(get("/plany-lokalne.csv?status=ADOPTED").with(as(partner)))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("Plan przyjęty Kartuz")
                .contains(polish("localplans.status.ADOPTED")).doesNotContain("Plan Gdańska");
        String sheet = sheet(mvc.perform(get("/plany-lokalne.xlsx?powiat=" + LocalPlansFixtures.GDANSK_POWIAT)
                .with(as(partner))).andReturn().getResponse().getContentAsByteArray());
        // the sheet's XML escapes Polish letters, so ASCII parts of the titles are looked for
        assertThat(sheet).contains("w przygotowaniu").doesNotContain("Kartuz");
    }

    @Test
    void theAuthorsUploadDownloadAndRemoveAPdfAndAnythingElseIsRefusedBesideTheFile() throws Exception {
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.input(LocalPlansFixtures.KARTUZY, kartuzy.id(), owes.id()));
        String path = "/plany-lokalne/" + plan.id();

        MockHttpServletResponse uploaded = mvc.perform(multipart(path + "/dokumenty")
                .file(new MockMultipartFile("file", "uchwala.pdf", "application/pdf", LocalPlansFixtures.pdf()))
                .param("title", "Uchwała Rady Gminy").with(csrf()).with(as(partner))).andReturn().getResponse();
        assertThat(uploaded.getRedirectedUrl()).isEqualTo(path + "#documents");
        LocalPlanView.Document document = fixtures.as(partner, () -> plans.plan(plan.id())).documents().get(0);
        assertThat(document.title()).isEqualTo("Uchwała Rady Gminy");

        UserView reader = fixtures.user(Role.COMMITTEE);
        assertThat(page(get(path).with(as(reader)))).contains("Uchwała Rady Gminy")
                .contains("href=\"" + path + "/dokumenty/" + document.id() + "\"")
                .doesNotContain("id=\"remove-document-" + document.id() + "\"");
        MockHttpServletResponse download = mvc.perform(get(path + "/dokumenty/" + document.id()).with(as(reader)))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(LocalPlansFixtures.pdf());
        assertThat(download.getHeader("Content-Disposition")).contains("uchwala.pdf");

        // the refusal travels to the plan's page in the session's flash attributes, as in a browser
        var refused = mvc.perform(multipart(path + "/dokumenty")
                .file(new MockMultipartFile("file", "notatka.txt", "text/plain", "nie PDF".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(as(partner))).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(path + "#documents");
        assertThat(refused.getFlashMap().get("documentError")).isEqualTo("localplans.error.file.pdf");
        String shown = page(get(path).cookie(refused.getResponse().getCookies()).with(as(partner)));
        assertThat(fieldError(shown, "file")).isEqualTo(polish("localplans.error.file.pdf"));
        assertThat(fixtures.as(partner, () -> plans.plan(plan.id())).documents()).hasSize(1);

        assertThat(status(post(path + "/dokumenty/" + document.id() + "/usun").with(csrf())
                .with(as(fixtures.partner(gdansk))))).isEqualTo(403);
        assertThat(status(post(path + "/dokumenty/" + document.id() + "/usun").with(csrf()).with(as(partner))))
                .isEqualTo(302);
        assertThat(fixtures.as(partner, () -> plans.plan(plan.id())).documents()).isEmpty();
    }

    /**
     * A whole plan for the unit of Kartuzy as the form sends it (one goal, one action, one indicator), with
     * {@code changes} as pairs of a field and its value instead of the usual ones (an empty value leaves
     * the field out).
     */
    private MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, String title,
            String... changes) {
        int year = RegionDate.today().getYear();
        LocalDate start = RegionDate.today().plusMonths(1).withDayOfMonth(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("unitTeryt", LocalPlansFixtures.KARTUZY);
        fields.put("title", title);
        fields.put("status", "IN_PREPARATION");
        fields.put("periodStart", start.toString());
        fields.put("periodEnd", start.plusYears(5).minusDays(1).toString());
        fields.put("strategyTitle", "Strategia rozwiązywania problemów społecznych");
        fields.put("owesId", String.valueOf(owes.id()));
        fields.put("version", "0");
        fields.put("goals[0].title", "Więcej miejsc pracy");
        fields.put("actions[0].goalNumber", "1");
        fields.put("actions[0].title", "Zlecanie zadań PES");
        fields.put("actions[0].responsibleIds", String.valueOf(kartuzy.id()));
        fields.put("actions[0].startDate", start.toString());
        fields.put("actions[0].endDate", start.plusYears(1).toString());
        fields.put("actions[0].budget", "125 000,50");
        fields.put("actions[0].fundingSource", "budżet gminy");
        fields.put("indicators[0].goalNumber", "1");
        fields.put("indicators[0].name", "Miejsca pracy w PES");
        fields.put("indicators[0].unit", "os.");
        fields.put("indicators[0].direction", "HIGHER_IS_BETTER");
        fields.put("indicators[0].baseline", "10");
        fields.put("indicators[0].baselineYear", String.valueOf(year));
        fields.put("indicators[0].target", "30");
        fields.put("indicators[0].targetYear", String.valueOf(year + 5));
        fields.put("indicators[0].source", "ENTERED");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(csrf());
        fields.forEach((field, value) -> {
            if (!value.isEmpty()) {
                request.param(field, value);
            }
        });
        return request;
    }

    private long count() {
        return jdbc.sql("select count(*) from localplans_plan").query(Long.class).single();
    }

    private String polish(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("pl"));
    }

    private static String fmt(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String fieldError(String html, String field) {
        int start = html.indexOf("id=\"" + field + "-error\"");
        assertThat(start).as("an error beside " + field + " in " + html).isPositive();
        String error = html.substring(start, html.indexOf("</div>", start));
        return error.substring(error.indexOf('>') + 1).strip();
    }

    /** The first worksheet's XML (fastexcel writes the text inline); read through the central directory. */
    private static String sheet(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("local-plans", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst()
                        .orElseThrow(() -> new AssertionError("no worksheet"));
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
