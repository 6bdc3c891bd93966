package pl.koordynator.es.registry.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import pl.koordynator.es.events.EventsFixtures;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation's history on its card and in {@code /api/v1/organisations/{id}/activity}: a PES
 * with support, event attendance and reported needs, read by ROPS, by its own people, by another
 * OWES and PES and by a visitor; an OWES's reports; the same sections in the page as in the API;
 * and a fixed number of queries whatever the number of records.
 */
class OrganisationActivityTest extends IntegrationTest {

    @Autowired
    SupportFixtures support;
    @Autowired
    NeedsFixtures needs;
    @Autowired
    EventsFixtures events;
    @Autowired
    ActivitySections activity;
    @Autowired
    DataSource dataSource;

    OrganisationView owes;
    OrganisationView pes;
    UserView pesMember;
    NeedView published;
    NeedView waiting;
    long eventId;

    @BeforeEach
    void aPesWithSupportAttendanceAndNeeds() {
        LocalDate today = LocalDate.now();
        owes = support.owes("OWES Kaszuby");
        pes = support.pes("Spółdzielnia Socjalna Razem");
        support.record(pes, owes, today.minusDays(10), "2.5", SupportForm.CONSULTING);
        support.record(pes, owes, today.minusDays(20), "4", SupportForm.TRAINING);
        support.attended(owes, pes, today.minusDays(5));
        eventId = jdbc.sql("select max(id) from event").query(Long.class).single();
        pesMember = needs.member(Role.PES, pes);
        published = needs.published(pesMember, NeedsFixtures.input(NeedsFixtures.GDANSK, "Mieszkania treningowe"));
        waiting = needs.submitted(pesMember, NeedsFixtures.input(NeedsFixtures.GDANSK, "Transport do pracy"));
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private String api(long id, RequestPostProcessor who) throws Exception {
        var request = get("/api/v1/organisations/" + id + "/activity").accept(MediaType.APPLICATION_JSON);
        return mvc.perform(who == null ? request : request.with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(long id, RequestPostProcessor who) throws Exception {
        var request = get("/organisations/" + id);
        return mvc.perform(who == null ? request : request.with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> sectionIds(String json) {
        return JsonPath.read(json, "$.sections[*].id");
    }

    @Test
    void ropsSeesTheSupportTheAttendanceAndEveryNeedOfAPesOnItsCardAndInTheApi() throws Exception {
        UserView admin = support.admin();
        String json = api(pes.id(), as(admin));

        assertThat(sectionIds(json)).containsSubsequence("support-received", "events-attended", "needs-reported",
                "users");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-received')]"
                + ".figures[?(@.key=='total')].figures[?(@.key=='hours')].value").toString()).isEqualTo("[6.5]");
        assertThat(JsonPath.<List<Object>>read(json,
                "$.sections[?(@.id=='support-received')].figures[?(@.key=='byForm')].figures[*].key"))
                .containsExactly("TRAINING", "CONSULTING");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-received')].rows[*].url"))
                .containsExactly("/support?organisationId=" + pes.id() + "&owesId=" + owes.id());
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='events-attended')].rows[*].url"))
                .containsExactly("/events/" + eventId);
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='needs-reported')].rows[*].url"))
                .containsExactly("/needs/" + waiting.id(), "/needs/" + published.id());
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='users')].rows[*].url"))
                .containsExactly("/admin/users/" + pesMember.id());

        String html = page(pes.id(), as(admin));
        assertThat(html).contains("Otrzymane wsparcie", "Udział w wydarzeniach", "Zgłoszone potrzeby",
                "Warsztaty", "Mieszkania treningowe", "Transport do pracy", "href=\"/support/pes/" + pes.id() + "\"");
        assertPageShowsTheSameAs(html, json);
    }

    @Test
    void thePesOwnPeopleSeeTheirWholeHistoryWithTheirWaitingNeed() throws Exception {
        String json = api(pes.id(), as(pesMember));

        assertThat(sectionIds(json)).containsExactly("support-received", "events-attended", "needs-reported");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='needs-reported')].rows[*].text"))
                .containsExactly("Transport do pracy", "Mieszkania treningowe");
        // a PES is sent to its own history, never to the list of every record
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-received')].rows[*].url"))
                .containsExactly("/support/pes/" + pes.id());
        assertPageShowsTheSameAs(page(pes.id(), as(pesMember)), json);
    }

    @Test
    void aVisitorSeesOnlyThePublishedNeedAndNothingPrivate() throws Exception {
        String json = api(pes.id(), null);

        assertThat(sectionIds(json)).containsExactly("needs-reported");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[0].rows[*].text"))
                .containsExactly("Mieszkania treningowe");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[0].figures[0].figures[*].key"))
                .containsExactly("PUBLISHED");
        String html = page(pes.id(), null);
        assertThat(html).contains("Mieszkania treningowe")
                .doesNotContain("Transport do pracy", "Warsztaty", "Otrzymane wsparcie", "OWES Kaszuby",
                        "data-section=\"support-received\"", "data-section=\"events-attended\"");
        assertPageShowsTheSameAs(html, json);
    }

    @Test
    void anotherPesAndTheCommitteeSeeNeitherSupportNorAttendance() throws Exception {
        UserView otherPes = support.member(support.pes("Fundacja Obok"));
        UserView committee = support.user(Role.COMMITTEE);

        for (UserView reader : List.of(otherPes, committee)) {
            String json = api(pes.id(), as(reader));
            assertThat(sectionIds(json)).as(reader.role().name()).containsExactly("needs-reported");
            assertThat(JsonPath.<List<Object>>read(json, "$.sections[0].rows[*].text"))
                    .containsExactly("Mieszkania treningowe");
        }
    }

    @Test
    void anOwesSeesOnlyItsOwnSupportAndTheAttendanceAtItsOwnEvents() throws Exception {
        OrganisationView other = support.owes("OWES Powiśle");
        support.record(pes, other, LocalDate.now().minusDays(3), "1", SupportForm.MENTORING);
        support.attended(other, pes, LocalDate.now().minusDays(2));
        UserView otherStaff = support.staff(other);

        String json = api(pes.id(), as(otherStaff));

        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-received')].rows[*].text"))
                .containsExactly("OWES Powiśle");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-received')].figures[0]"
                + ".figures[?(@.key=='hours')].value").toString()).isEqualTo("[1.0]");
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='events-attended')].rows[*].url"))
                .hasSize(1).doesNotContain("/events/" + eventId);
        assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='needs-reported')].rows[*].text"))
                .containsExactly("Mieszkania treningowe");
    }

    @Test
    void anOwesCardShowsItsReportsToRopsAndItsStaffButNotToAnotherOwes() throws Exception {
        UserView staff = support.staff(owes);
        String created = mvc.perform(post("/api/v1/reporting/reports").with(as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"2025Q1\"}"
                                .formatted(owes.id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long report = ((Number) JsonPath.read(created, "$.id")).longValue();
        UserView otherOwes = support.staff(support.owes("OWES Powiśle"));

        for (UserView reader : List.of(support.admin(), staff)) {
            String json = api(owes.id(), as(reader));
            assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='reports')].rows[*].url"))
                    .as(reader.username()).containsExactly("/reporting/reports/" + report);
            assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='support-given')].rows[*].url"))
                    .containsExactly("/support?organisationId=" + pes.id() + "&owesId=" + owes.id());
            assertThat(JsonPath.<List<Object>>read(json, "$.sections[?(@.id=='served-pes')].id")).hasSize(1);
            assertThat(page(owes.id(), as(reader))).contains("href=\"/reporting/reports/" + report + "\"");
        }
        for (UserView reader : List.of(otherOwes, support.user(Role.COMMITTEE), support.user(Role.PARTNER))) {
            String json = api(owes.id(), as(reader));
            assertThat(sectionIds(json)).as(reader.role().name()).doesNotContain("reports", "support-given", "users");
            assertThat(page(owes.id(), as(reader))).doesNotContain("/reporting/reports/" + report);
        }
        // an OWES is no public entry of the register: a visitor does not find its card at all
        mvc.perform(get("/api/v1/organisations/" + owes.id() + "/activity")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownOrganisationIsNotFoundAsAProblem() throws Exception {
        mvc.perform(get("/api/v1/organisations/999999/activity").with(as(support.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theHistoryRunsTheSameNumberOfQueriesForOneRecordAsForMany() throws Exception {
        UserView admin = support.admin();
        long few = queriesOfTheHistory(admin);

        for (int i = 0; i < 15; i++) {
            OrganisationView another = support.owes("OWES " + i);
            support.record(pes, another, LocalDate.now().minusDays(30 + i), "1.5", SupportForm.MENTORING);
            support.attended(another, pes, LocalDate.now().minusDays(40 + i));
            needs.submitted(pesMember, NeedsFixtures.input(NeedsFixtures.GDANSK, "Potrzeba " + i));
        }
        long many = queriesOfTheHistory(admin);

        assertThat(many).isEqualTo(few).isPositive();
    }

    /**
     * Statements sent to PostgreSQL while ROPS reads the history: every module's query goes
     * through the one connection bound here (Spring's transactions and JdbcClient take the bound
     * one), which counts them. Read twice, the second time counted, so that answers the platform
     * caches (and loads on the first read after a change) do not count.
     */
    private long queriesOfTheHistory(UserView reader) throws Exception {
        users.signIn(reader);
        try (Connection real = dataSource.getConnection()) {
            AtomicLong statements = new AtomicLong();
            Connection counting = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            statements.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException thrown) {
                            throw thrown.getCause();
                        }
                    });
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(counting));
            try {
                activity.of(pes.id(), Locale.forLanguageTag("pl"));
                statements.set(0);
                assertThat(activity.of(pes.id(), Locale.forLanguageTag("pl")).sections()).hasSizeGreaterThan(3);
                return statements.get();
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        } finally {
            users.signOut();
        }
    }

    /**
     * The page shows exactly the API's sections in the API's order, and in each its title, every
     * figure (formatted as the page formats numbers), every row with its link and note, and its
     * "more" link.
     */
    private static void assertPageShowsTheSameAs(String html, String json) {
        List<String> onPage = new ArrayList<>();
        Matcher sections = Pattern.compile("data-section=\"([^\"]+)\"").matcher(html);
        while (sections.find()) {
            onPage.add(sections.group(1));
        }
        assertThat(onPage).isEqualTo(sectionIds(json));
        NumberFormat polish = NumberFormat.getNumberInstance(Locale.forLanguageTag("pl"));
        List<Map<String, Object>> all = JsonPath.read(json, "$.sections");
        for (Map<String, Object> section : all) {
            String id = (String) section.get("id");
            int start = html.indexOf("data-section=\"" + id + "\"");
            int end = html.indexOf("data-section=", start + 1);
            String part = html.substring(start, end < 0 ? html.length() : end);
            assertThat(part).as(id).contains(escaped((String) section.get("title")));
            for (Map<String, Object> group : JsonPath.<List<Map<String, Object>>>read(section, "$.figures")) {
                for (Map<String, Object> figure : JsonPath.<List<Map<String, Object>>>read(group, "$.figures")) {
                    assertThat(part).as(id).contains(escaped((String) figure.get("label")),
                            "data-figure=\"" + figure.get("key") + "\">"
                                    + polish.format(((Number) figure.get("value")).doubleValue()) + "<");
                }
            }
            for (Map<String, Object> row : JsonPath.<List<Map<String, Object>>>read(section, "$.rows")) {
                assertThat(part).as(id).contains(escaped((String) row.get("text")));
                if (row.get("url") != null) {
                    assertThat(part).as(id).contains("href=\"" + escaped((String) row.get("url")) + "\"");
                }
                if (row.get("note") != null) {
                    assertThat(part).as(id).contains(escaped((String) row.get("note")));
                }
            }
            if (section.get("moreUrl") != null) {
                assertThat(part).as(id).contains("href=\"" + escaped((String) section.get("moreUrl")) + "\"",
                        escaped((String) section.get("more")));
            }
            if (all.isEmpty() || JsonPath.<List<Object>>read(section, "$.rows").isEmpty()) {
                assertThat(part).as(id).contains(escaped((String) section.get("empty")));
            }
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
