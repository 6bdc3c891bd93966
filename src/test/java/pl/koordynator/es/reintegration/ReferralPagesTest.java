package pl.koordynator.es.reintegration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The referral pages as their users meet them: an OPS sends a referral to a CIS from the form; a wrong PESEL
 * is named beside its field, the person's fields come back empty and nothing is written; the CIS sees the
 * referral, accepts it with a button and is told when a rejection lacks its reason; an unrelated OPS gets
 * 404; ROPS sees a pointer to the statistics instead of a list; the dashboards show the queues.
 */
class ReferralPagesTest extends IntegrationTest {

    /** A valid PESEL (checksum and date) and the same with a wrong check digit. */
    static final String PESEL = "44051401359";
    static final String WRONG_PESEL = "44051401358";
    static final String GDANSK = "2261011";

    @Autowired
    RegistryFixtures registry;

    @Autowired
    MessageSource messages;

    OrganisationView ops;
    OrganisationView cis;
    UserView sender;
    UserView receiver;

    @BeforeEach
    void anOpsAndACisWithTheirUsers() {
        ops = organisation("MOPS Gdańsk " + System.nanoTime(), Kind.JSPS);
        cis = organisation("CIS Gdańsk " + System.nanoTime(), Kind.CIS);
        sender = users.create("ri-ops-" + System.nanoTime(), Role.PARTNER, ops.id());
        receiver = users.create("ri-cis-" + System.nanoTime(), Role.PES, cis.id());
    }

    @Test
    void aWrongPeselIsNamedBesideItsFieldTheFieldComesBackEmptyAndNothingIsWritten() throws Exception {
        String form = page(get("/reintegracja/nowe").with(as(sender)));
        assertThat(form).contains("id=\"personPesel\"").contains("autocomplete=\"off\"").contains(cis.name())
                .contains(polish("reintegrationpages.field.notes.help"));

        String html = page(referral(WRONG_PESEL).param("programmeReference", "IPZS/7/2026").with(as(sender)));

        assertThat(fieldError(html, "personPesel")).isEqualTo(polish("privacy.person.error.pesel"));
        assertThat(html).doesNotContain(WRONG_PESEL).doesNotContain("4405140135").contains("id=\"person-retype\"")
                .contains("href=\"#personPesel\"").contains("value=\"IPZS/7/2026\"");
        assertThat(inputValue(html, "personPesel")).isNull();
        assertThat(count()).isZero();
    }

    @Test
    void surnameAndBirthDateComeBackEmptyToo() throws Exception {
        String html = page(post("/reintegracja/nowe").with(csrf()).param("noPesel", "true")
                .param("personSurname", "Kowalczyk").param("personBirthDate", "3O.O3.1984")
                .param("receiverId", String.valueOf(cis.id())).param("riskGroups", "HOMELESSNESS")
                .param("legalBasis", "SOCIAL_ASSISTANCE_ACT").param("referredOn", RegionDate.today().toString())
                .with(as(sender)));

        assertThat(fieldError(html, "personBirthDate")).isEqualTo(polish("form.error.date"));
        assertThat(html).doesNotContain("Kowalczyk").doesNotContain("3O.O3.1984");
        assertThat(count()).isZero();
    }

    @Test
    void aSentReferralIsShownToTheReceiverWhoAcceptsItAndIsNotFoundForAnUnrelatedOps() throws Exception {
        MockHttpServletResponse sent = mvc.perform(referral(PESEL).with(as(sender))).andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).startsWith("/reintegracja/");
        long id = Long.parseLong(sent.getRedirectedUrl().substring("/reintegracja/".length()));
        assertThat(sent.getContentAsString()).doesNotContain(PESEL);

        String received = page(get("/reintegracja").with(as(receiver)));
        assertThat(received).contains("id=\"referral-" + id + "\"").contains(ops.name())
                .contains(polish("reintegration.state.SENT")).doesNotContain(PESEL);

        String shown = page(get("/reintegracja/" + id).with(as(receiver)));
        String key = jdbc.sql("select person_key from reintegration_referral where id = :id").param("id", id)
                .query(String.class).single();
        assertThat(shown).contains(polish("reintegrationpages.referral.title", id)).contains(key)
                .contains(key.substring(0, 4).toUpperCase(Locale.ROOT) + "-" + key.substring(4, 8).toUpperCase(Locale.ROOT))
                .contains(polish("reintegration.risk.LONG_TERM_UNEMPLOYED")).contains("Bez danych osoby.")
                .contains("id=\"to-ACCEPTED\"").contains("id=\"to-REJECTED\"").doesNotContain("id=\"to-CANCELLED\"")
                .doesNotContain(PESEL);
        assertThat(page(get("/reintegracja/" + id).with(as(sender)))).contains("id=\"to-CANCELLED\"")
                .doesNotContain("id=\"to-ACCEPTED\"");

        OrganisationView otherOps = organisation("GOPS Pruszcz " + System.nanoTime(), Kind.JSPS);
        UserView stranger = users.create("ri-gops-" + System.nanoTime(), Role.PARTNER, otherOps.id());
        assertThat(status(get("/reintegracja/" + id).with(as(stranger)))).isEqualTo(404);
        assertThat(status(post("/reintegracja/" + id + "/stan").with(csrf()).param("to", "CANCELLED")
                .param("reason", "Pomyłka").with(as(stranger)))).isEqualTo(404);
        assertThat(page(get("/reintegracja?strona=wyslane").with(as(stranger)))).doesNotContain("id=\"referral-" + id + "\"");

        MockHttpServletResponse accepted = mvc.perform(post("/reintegracja/" + id + "/stan").with(csrf())
                .param("to", "ACCEPTED").param("on", RegionDate.today().toString()).with(as(receiver)))
                .andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).as(accepted.getContentAsString()).isEqualTo("/reintegracja/" + id);
        assertThat(state(id)).isEqualTo("ACCEPTED");
        assertThat(page(get("/reintegracja/" + id).with(as(receiver)))).contains("id=\"to-IN_PROGRAMME\"")
                .contains(polish("reintegration.state.ACCEPTED"));
        assertThat(page(get("/reintegracja?strona=wyslane").with(as(sender)))).contains("id=\"referral-" + id + "\"")
                .contains(cis.name());
    }

    @Test
    void aPeselTypedIntoAFreeTextIsNamedAndTheFieldComesBackEmpty() throws Exception {
        String grouped = PESEL.substring(0, 4) + " " + PESEL.substring(4, 8) + " " + PESEL.substring(8);
        String html = page(referral(PESEL).param("programmeReference", "IPZS/" + PESEL)
                .param("notes", "Pan z PESEL " + grouped + ", bezdomny.").with(as(sender)));

        String identifying = polish("reintegration.error.identifyingData");
        assertThat(fieldError(html, "programmeReference")).isEqualTo(identifying);
        assertThat(fieldError(html, "notes")).isEqualTo(identifying);
        assertThat(inputValue(html, "programmeReference")).isNullOrEmpty();
        assertThat(html).doesNotContain(PESEL).doesNotContain(grouped).doesNotContain("bezdomny")
                .contains("id=\"notes\"");
        assertThat(count()).isZero();

        long id = send();
        String reason = page(post("/reintegracja/" + id + "/stan").with(csrf()).param("to", "REJECTED")
                .param("reason", "Dotyczy osoby " + grouped).param("on", RegionDate.today().toString())
                .with(as(receiver)));
        assertThat(reason).contains("id=\"reason-REJECTED-error\"").contains(identifying)
                .doesNotContain(grouped).doesNotContain("Dotyczy osoby");
        assertThat(state(id)).isEqualTo("SENT");
        // a reason with another problem comes back as typed
        String tooLong = page(post("/reintegracja/" + id + "/stan").with(csrf()).param("to", "REJECTED")
                .param("reason", "Brak miejsc. " + "x".repeat(1000)).with(as(receiver)));
        assertThat(tooLong).contains("id=\"reason-REJECTED-error\"").contains("Brak miejsc. xxx");
    }

    @Test
    void aSearchForAPeselIsRefusedBesideTheBoxWhichComesBackEmpty() throws Exception {
        long id = send();
        String grouped = PESEL.substring(0, 4) + "-" + PESEL.substring(4, 8) + "-" + PESEL.substring(8);
        for (String q : List.of(PESEL, grouped)) {
            String html = page(get("/reintegracja").param("strona", "otrzymane").param("q", q).with(as(receiver)));
            assertThat(fieldError(html, "q")).contains(polish("reintegration.error.identifyingData"));
            assertThat(inputValue(html, "q")).isNullOrEmpty();
            assertThat(html).doesNotContain(PESEL).doesNotContain(grouped).contains("aria-invalid=\"true\"")
                    .doesNotContain("id=\"referral-" + id + "\"");
        }
        assertThat(jdbc.sql("select count(*) from reintegration_read").query(Long.class).single()).isZero();

        String found = page(get("/reintegracja").param("strona", "otrzymane").param("q", "#" + id).with(as(receiver)));
        assertThat(found).contains("id=\"referral-" + id + "\"").doesNotContain("id=\"q-error\"");
        assertThat(inputValue(found, "q")).isEqualTo("#" + id);
    }

    @Test
    void rejectingWithoutAReasonIsNamedBesideTheReasonAndChangesNothing() throws Exception {
        long id = send();

        String html = page(post("/reintegracja/" + id + "/stan").with(csrf()).param("to", "REJECTED").param("reason", " ")
                .param("on", RegionDate.today().toString()).with(as(receiver)));

        assertThat(html).contains("id=\"error-summary\"").contains("href=\"#reason-REJECTED\"")
                .contains("id=\"reason-REJECTED-error\"");
        assertThat(state(id)).isEqualTo("SENT");

        String future = page(post("/reintegracja/" + id + "/stan").with(csrf()).param("to", "ACCEPTED")
                .param("on", RegionDate.today().plusDays(3).toString()).with(as(receiver)));
        assertThat(future).contains("id=\"on-ACCEPTED-error\"");
        assertThat(state(id)).isEqualTo("SENT");

        String outcomeTooEarly = page(post("/reintegracja/" + id + "/wynik").with(csrf()).param("moment", "EXIT")
                .param("outcome", "OWN_BUSINESS").with(as(receiver)));
        assertThat(outcomeTooEarly).contains("id=\"error-summary\"");
        assertThat(state(id)).isEqualTo("SENT");
    }

    @Test
    void ropsAndUnrelatedRolesSeeWhyThereIsNoListAndTheQueuesAreOnTheDashboards() throws Exception {
        long id = send();

        String rops = page(get("/reintegracja").with(users.as(Role.ADMIN)));
        assertThat(rops).contains("id=\"statistics-pointer\"").contains("href=\"/reintegracja/statystyki\"")
                .doesNotContain("id=\"referrals-table\"").doesNotContain("id=\"new-referral\"");
        assertThat(page(get("/reintegracja").with(users.as(Role.OWES)))).contains("id=\"no-referrals-for-you\"");
        assertThat(status(get("/reintegracja/" + id).with(users.as(Role.ADMIN)))).isEqualTo(404);

        Map<String, PanelCards.Card> cis = PanelCards.of(mvc, as(receiver));
        assertThat(cis.get("reintegration-new-referrals").count()).isEqualTo(1);
        assertThat(cis.get("reintegration-new-referrals").items()).singleElement()
                .satisfies(item -> assertThat(item.url()).isEqualTo("/reintegracja/" + id));
        Map<String, PanelCards.Card> opsCards = PanelCards.of(mvc, as(sender));
        assertThat(opsCards.get("reintegration-awaiting-answer").count()).isEqualTo(1);
        assertThat(opsCards).doesNotContainKey("reintegration-new-referrals");
    }

    private long send() throws Exception {
        MockHttpServletResponse sent = mvc.perform(referral(PESEL).with(as(sender))).andReturn().getResponse();
        assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).startsWith("/reintegracja/");
        return Long.parseLong(sent.getRedirectedUrl().substring("/reintegracja/".length()));
    }

    private MockHttpServletRequestBuilder referral(String pesel) {
        LocalDate today = RegionDate.today();
        return post("/reintegracja/nowe").with(csrf()).param("personPesel", pesel)
                .param("receiverId", String.valueOf(cis.id())).param("riskGroups", "LONG_TERM_UNEMPLOYED")
                .param("legalBasis", "SOCIAL_EMPLOYMENT_ACT").param("referredOn", today.toString())
                .param("programmeKind", "IPZS").param("notes", "Bez danych osoby.");
    }

    private OrganisationView organisation(String name, Kind kind) {
        return registry.create(new OrganisationInput(name, null, kind, null, null, null, GDANSK, "ul. Długa 1", "80-001",
                "Gdańsk", null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null));
    }

    private String state(long id) {
        return jdbc.sql("select state from reintegration_referral where id = :id").param("id", id).query(String.class)
                .single();
    }

    private long count() {
        return jdbc.sql("select count(*) from reintegration_referral").query(Long.class).single();
    }

    private String polish(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("pl"));
    }

    private static String fieldError(String html, String field) {
        int start = html.indexOf("id=\"" + field + "-error\"");
        assertThat(start).as("an error beside " + field + " in " + html).isPositive();
        String error = html.substring(start, html.indexOf("</div>", start));
        return error.substring(error.indexOf('>') + 1).strip();
    }

    /** The value attribute of the input with this id, or null when it has none. */
    private static String inputValue(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).isPositive();
        String tag = html.substring(html.lastIndexOf('<', start), html.indexOf('>', start));
        int value = tag.indexOf(" value=\"");
        return value < 0 ? null : tag.substring(value + 8, tag.indexOf('"', value + 8));
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
