package pl.koordynator.es.reintegration;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;
import pl.koordynator.es.testing.SignedInClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the reviewers do: a person is referred by PESEL, and another by surname and birth date, through
 * the API and the pages (with signed-in browser sessions kept in PostgreSQL), refused once with a wrong
 * check digit, read, answered, and looked up by ROPS on the personal-data page; then every text, character,
 * JSON and array column of every table, the session attributes' bytes and the log output are searched
 * for the PESEL, its first six and last five digits, the surname and the birth date. None is found.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReferredPersonLeakTest extends IntegrationTest {

    /** A PESEL (valid check digit, 21.06.1979) whose pieces appear nowhere else, and the same with a wrong digit. */
    static final String PESEL = "79062198767";
    static final String WRONG_PESEL = "79062198768";
    static final String SURNAME = "Wrzosowska-Przeciek";
    static final String BIRTH_DATE = "1983-09-14";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    ReintegrationPrivacyFixtures fixtures;

    @Test
    void thePeselSurnameAndBirthDateAreFoundNowhereAfterReferralsThroughTheApiAndThePages(CapturedOutput output)
            throws Exception {
        OrganisationView ops = fixtures.organisation("MOPS Przeciekowo", Kind.JSPS);
        OrganisationView pup = fixtures.organisation("PUP Przeciekowo", Kind.IRP);
        OrganisationView cis = fixtures.organisation("CIS Przeciekowo", Kind.CIS);
        UserView opsUser = users.create("ops.przeciek", Role.PARTNER, ops.id());
        UserView pupUser = users.create("pup.przeciek", Role.PARTNER, pup.id());
        UserView cisUser = users.create("cis.przeciek", Role.PES, cis.id());
        users.create("rops.przeciek", Role.ADMIN);
        String today = RegionDate.today().toString();

        // the API: the same PESEL from two senders gives one key; a wrong check digit is refused
        String byOps = sendByApi(opsUser, "\"personPesel\":\"" + PESEL + "\"", cis.id(), today);
        String byPup = sendByApi(pupUser, "\"personPesel\":\"" + PESEL.substring(0, 6) + " " + PESEL.substring(6) + "\"",
                cis.id(), today);
        assertThat(key(byPup)).isEqualTo(key(byOps));
        sendByApi(opsUser, "\"personSurname\":\"" + SURNAME + "\",\"personBirthDate\":\"" + BIRTH_DATE + "\"", cis.id(),
                today);
        String refused = mvc.perform(post("/api/v1/reintegration/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"personPesel\":\"" + WRONG_PESEL + "\"", cis.id(), today)).with(as(opsUser)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personPesel"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).doesNotContain(WRONG_PESEL);

        // the pages, in a real signed-in session stored in PostgreSQL
        SignedInClient opsBrowser = new SignedInClient(baseUrl(), "ops.przeciek");
        String form = "receiverId=" + cis.id() + "&riskGroups=LONG_TERM_UNEMPLOYED&legalBasis=SOCIAL_EMPLOYMENT_ACT"
                + "&referredOn=" + today + "&programmeKind=IPZS&notes=" + encode("Bez danych osoby.");
        HttpResponse<String> wrong = opsBrowser.post("/reintegracja/nowe", form + "&personPesel=" + WRONG_PESEL
                + "&_csrf=" + csrf(opsBrowser, "/reintegracja/nowe"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).doesNotContain(WRONG_PESEL).contains("personPesel-error");
        HttpResponse<String> sent = opsBrowser.post("/reintegracja/nowe", form + "&personPesel=" + PESEL
                + "&_csrf=" + csrf(opsBrowser, "/reintegracja/nowe"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        HttpResponse<String> byName = opsBrowser.post("/reintegracja/nowe", form + "&noPesel=true&personSurname="
                + encode(SURNAME) + "&personBirthDate=" + BIRTH_DATE + "&_csrf=" + csrf(opsBrowser, "/reintegracja/nowe"));
        assertThat(byName.statusCode()).as(byName.body()).isEqualTo(302);
        String referralPage = sent.headers().firstValue("Location").orElseThrow();
        assertThat(opsBrowser.get(referralPage.replace(baseUrl(), "")).body()).contains(key(byOps));

        // the receiver reads and answers; ROPS looks the person up on the personal-data page
        long id = Long.parseLong(referralPage.substring(referralPage.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/reintegration/referrals/" + id).with(as(cisUser))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\":\"ACCEPTED\"}").with(as(cisUser))).andExpect(status().isOk());
        SignedInClient rops = new SignedInClient(baseUrl(), "rops.przeciek");
        HttpResponse<String> found = rops.post("/admin/personal-data/referred-person", "personPesel=" + PESEL
                + "&_csrf=" + csrf(rops, "/admin/personal-data"));
        assertThat(found.body()).contains("#" + id + ",").doesNotContain(PESEL);
        HttpResponse<String> foundByName = rops.post("/admin/personal-data/referred-person", "personSurname="
                + encode(SURNAME) + "&personBirthDate=" + BIRTH_DATE + "&_csrf=" + csrf(rops, "/admin/personal-data"));
        assertThat(foundByName.body()).contains("Skierowania osoby do reintegracji").doesNotContain(SURNAME);

        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from spring_session").query(Integer.class).single())
                .as("the browsers' sessions are in the database").isGreaterThanOrEqualTo(2);

        List<String> needles = List.of(PESEL, WRONG_PESEL, PESEL.substring(0, 6), PESEL.substring(6), SURNAME,
                SURNAME.split("-")[0], BIRTH_DATE, "14.09.1983");
        assertThat(columnsHolding(needles)).as("columns holding the person").isEmpty();
        assertThat(columnsHolding(List.of(key(byOps).substring(0, 16)))).as("the search finds what is there")
                .contains("reintegration_referral.person_key: " + key(byOps).substring(0, 16));
        List<String> inSessions = new ArrayList<>();
        jdbc.sql("select attribute_name, attribute_bytes from spring_session_attributes").query((rs, n) -> {
            String name = rs.getString(1);
            String bytes = new String(rs.getBytes(2), StandardCharsets.ISO_8859_1);
            needles.stream().filter(bytes::contains).forEach(needle -> inSessions.add(name + ": " + needle));
            return null;
        }).list();
        assertThat(inSessions).as("session attributes holding the person").isEmpty();
        String logs = output.getAll();
        assertThat(needles.stream().filter(logs::contains).toList()).as("the person in the log output").isEmpty();
    }

    /** Every column of every table whose text holds one of the needles (any case), as {@code table.column: needle}. */
    private List<String> columnsHolding(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.sql("""
                select table_schema, table_name, column_name from information_schema.columns c
                where table_schema not in ('pg_catalog', 'information_schema')
                  and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema
                              and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
                  and (data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
                       or data_type = 'bytea')
                order by 1, 2, 3""").query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            String text = name.equals("\"attribute_bytes\"") || isBytea(column)
                    ? "encode(" + name + ", 'escape')" : name + "::text";
            for (String needle : needles) {
                Integer hits = jdbc.sql("select count(*) from " + table + " where " + text + " ilike :needle")
                        .param("needle", "%" + needle + "%").query(Integer.class).single();
                if (hits > 0) {
                    found.add(column.get("table_name") + "." + column.get("column_name") + ": " + needle);
                }
            }
        }
        assertThat(columns).as("the columns searched").hasSizeGreaterThan(100);
        return found;
    }

    private boolean isBytea(Map<String, Object> column) {
        return "bytea".equals(jdbc.sql("""
                select data_type from information_schema.columns
                where table_schema = :schema and table_name = :table and column_name = :column""")
                .param("schema", column.get("table_schema")).param("table", column.get("table_name"))
                .param("column", column.get("column_name")).query(String.class).single());
    }

    private String sendByApi(UserView sender, String person, long receiverId, String today) throws Exception {
        String answer = mvc.perform(post("/api/v1/reintegration/referrals").contentType(MediaType.APPLICATION_JSON)
                        .content(body(person, receiverId, today)).with(as(sender)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personKey").isNotEmpty())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain(PESEL).doesNotContain(SURNAME).doesNotContain(BIRTH_DATE);
        return answer;
    }

    private static String body(String person, long receiverId, String today) {
        return "{" + person + ",\"receiverId\":" + receiverId + ",\"riskGroups\":[\"LONG_TERM_UNEMPLOYED\"],"
                + "\"legalBasis\":\"SOCIAL_EMPLOYMENT_ACT\",\"referredOn\":\"" + today + "\",\"programmeKind\":\"IPZS\","
                + "\"notes\":\"Bez danych osoby.\"}";
    }

    private static String key(String answer) {
        Matcher key = Pattern.compile("\"personKey\":\"([0-9a-f]{64})\"").matcher(answer);
        assertThat(key.find()).as(answer).isTrue();
        return key.group(1);
    }

    private static String csrf(SignedInClient client, String page) throws Exception {
        Matcher token = CSRF.matcher(client.get(page).body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return encode(token.group(1));
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
