package pl.koordynator.es.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.PESEL;
import static pl.koordynator.es.reintegration.ReintegrationFixtures.WRONG_PESEL;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/**
 * The referral API: one pseudonym for two senders, problems naming fields (400/409), the lifecycle over HTTP,
 * and no PESEL anywhere: not in the answer, not in the module's tables, not in the audit trail.
 */
class ReintegrationReferralsApiTest extends IntegrationTest {

    @Autowired
    ReintegrationFixtures fixtures;

    private OrganisationView ops;
    private OrganisationView pup;
    private OrganisationView cis;
    private OrganisationView wtz;
    private UserView opsUser;
    private UserView pupUser;
    private UserView cisUser;

    @BeforeEach
    void parties() {
        ops = fixtures.ops("Ośrodek Pomocy Społecznej w Gdańsku");
        pup = fixtures.pup("Powiatowy Urząd Pracy w Kartuzach");
        cis = fixtures.cis("Centrum Integracji Społecznej Gdańsk");
        wtz = fixtures.wtz("Warsztat Terapii Zajęciowej Kartuzy");
        opsUser = fixtures.partner(ops);
        pupUser = fixtures.partner(pup);
        cisUser = fixtures.pesUser(cis);
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static String referral(String person, long receiverId) {
        String day = RegionDate.today().minusDays(3).toString();
        return """
                {%s, "receiverId": %d, "riskGroups": ["LONG_TERM_UNEMPLOYED"], "legalBasis": "SOCIAL_EMPLOYMENT_ACT",
                 "referredOn": "%s", "programmeKind": "IPZS", "programmeReference": "IPZS/7/2026",
                 "notes": "Preferuje pracę w godzinach porannych."}""".formatted(person, receiverId, day);
    }

    private String call(UserView who, String path, String json, int expected) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(as(who))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private static long id(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    private static String key(String json) {
        return json.replaceAll("(?s).*\"personKey\":\"([0-9a-f]{64})\".*", "$1");
    }

    @Test
    void twoSendersOfOnePeselGetOnePersonKey_andTheAnswerNeverCarriesThePesel() throws Exception {
        String fromOps = mvc.perform(post("/api/v1/reintegration/referrals").with(as(opsUser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(referral("\"personPesel\": \"" + PESEL + "\"", cis.id())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/reintegration/referrals/")))
                .andExpect(jsonPath("$.personKey").isString())
                .andExpect(jsonPath("$.state").value("SENT"))
                .andExpect(jsonPath("$.sender.kind").value("JSPS"))
                .andExpect(jsonPath("$.receiver.name").value("Centrum Integracji Społecznej Gdańsk"))
                .andExpect(jsonPath("$.personPesel").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String fromPup = call(pupUser, "/api/v1/reintegration/referrals",
                referral("\"personPesel\": \"" + PESEL + "\"", wtz.id()), 201);

        assertThat(key(fromOps)).hasSize(64).isEqualTo(key(fromPup));
        for (String answer : List.of(fromOps, fromPup)) {
            assertThat(answer).doesNotContain(PESEL).doesNotContain(PESEL.substring(0, 6))
                    .doesNotContain(PESEL.substring(6));
        }
    }

    @Test
    void noPeselOrItsDigitsAreStoredInTheModulesTablesOrTheAuditTrail() throws Exception {
        long id = id(call(opsUser, "/api/v1/reintegration/referrals",
                referral("\"personPesel\": \"" + PESEL + "\"", cis.id()), 201));
        call(cisUser, "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"ACCEPTED\"}", 200);
        mvc.perform(get("/api/v1/reintegration/referrals/" + id).with(as(opsUser))).andExpect(status().isOk());
        call(opsUser, "/api/v1/reintegration/referrals", referral("\"personPesel\": \"" + WRONG_PESEL + "\"",
                cis.id()), 400);
        call(opsUser, "/api/v1/reintegration/referrals",
                referral("\"personSurname\": \"Wiśniewska\", \"personBirthDate\": \"1979-03-12\"", cis.id()), 201);

        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = current_schema()
                    and (table_name like 'reintegration%' or table_name = 'audit_entry')""")
                .query(String.class).list();
        assertThat(tables).contains("reintegration_referral", "reintegration_referral_change",
                "reintegration_statistic", "reintegration_read", "audit_entry");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ReintegrationReferral'")
                .query(Long.class).single()).isPositive();
        for (String table : tables) {
            for (String needle : List.of(PESEL, PESEL.substring(0, 6), PESEL.substring(6), WRONG_PESEL,
                    "Wiśniewska", "WISNIEWSKA", "1979-03-12")) {
                assertThat(jdbc.sql("select count(*) from " + table + " t where t::text ilike :needle")
                        .param("needle", "%" + needle + "%").query(Long.class).single())
                        .as("%s in %s", needle, table).isZero();
            }
        }
        // the audit entries carry ids, states and dates: no notes, reference, risk groups or person key
        String audit = String.join(" ", jdbc.sql("select e::text from audit_entry e where entity_type = :type")
                .param("type", "ReintegrationReferral").query(String.class).list());
        assertThat(audit).doesNotContain("Preferuje").doesNotContain("IPZS/7").doesNotContain("LONG_TERM")
                .doesNotContain(jdbc.sql("select person_key from reintegration_referral where id = :id").param("id", id)
                        .query(String.class).single());
    }

    @Test
    void aWrongPeselChecksumIsA400NamingPersonPesel() throws Exception {
        mvc.perform(post("/api/v1/reintegration/referrals").with(as(opsUser)).contentType(MediaType.APPLICATION_JSON)
                        .content(referral("\"personPesel\": \"" + WRONG_PESEL + "\"", cis.id())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("personPesel")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(WRONG_PESEL))));
        assertThat(jdbc.sql("select count(*) from reintegration_referral").query(Long.class).single()).isZero();
    }

    @Test
    void aReferralToAnOrganisationThatIsNoUnitIsA400NamingReceiverId() throws Exception {
        OrganisationView ngo = fixtures.ngo("Fundacja Dobry Start");
        mvc.perform(post("/api/v1/reintegration/referrals").with(as(opsUser)).contentType(MediaType.APPLICATION_JSON)
                        .content(referral("\"personPesel\": \"" + PESEL + "\"", ngo.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("receiverId")));
        mvc.perform(post("/api/v1/reintegration/referrals").with(as(opsUser)).contentType(MediaType.APPLICATION_JSON)
                        .content(referral("\"personPesel\": \"" + PESEL + "\"", 999999)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("receiverId")));
    }

    @Test
    void aBadEnumOrDateInTheBodyIsA400() throws Exception {
        mvc.perform(post("/api/v1/reintegration/referrals").with(as(opsUser)).contentType(MediaType.APPLICATION_JSON)
                        .content(referral("\"personPesel\": \"" + PESEL + "\"", cis.id())
                                .replace("SOCIAL_EMPLOYMENT_ACT", "NO_SUCH_ACT")))
                .andExpect(status().isBadRequest());
        long id = id(call(opsUser, "/api/v1/reintegration/referrals",
                referral("\"personPesel\": \"" + PESEL + "\"", cis.id()), 201));
        call(cisUser, "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"ACCEPTED\", \"on\": \"jutro\"}",
                400);
    }

    @Test
    void aMoveNotAllowedNowIsA409_andAnOutcomeBeforeAcceptanceToo() throws Exception {
        long id = id(call(opsUser, "/api/v1/reintegration/referrals",
                referral("\"personPesel\": \"" + PESEL + "\"", cis.id()), 201));

        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/transitions").with(as(cisUser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"COMPLETED\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/outcomes").with(as(cisUser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moment\": \"EXIT\", \"outcome\": \"OPEN_MARKET_EMPLOYMENT\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("moment"));
        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/transitions").with(as(cisUser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"REJECTED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        // the sender may only cancel
        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/transitions").with(as(opsUser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"ACCEPTED\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReceiverRunsTheReferralOverTheApi_andBothPartiesListIt() throws Exception {
        long id = id(call(opsUser, "/api/v1/reintegration/referrals",
                referral("\"personPesel\": \"" + PESEL + "\"", cis.id()), 201));

        mvc.perform(get("/api/v1/reintegration/referrals/" + id).with(as(cisUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rights.transitions[0]").value("RECEIVED"))
                .andExpect(jsonPath("$.notes").value("Preferuje pracę w godzinach porannych."));
        call(cisUser, "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"ACCEPTED\", \"version\": 0}",
                200);
        call(cisUser, "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"IN_PROGRAMME\"}", 200);
        call(cisUser, "/api/v1/reintegration/referrals/" + id + "/transitions", "{\"to\": \"COMPLETED\"}", 200);
        mvc.perform(post("/api/v1/reintegration/referrals/" + id + "/outcomes").with(as(cisUser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"moment\": \"EXIT\", \"outcome\": \"OPEN_MARKET_EMPLOYMENT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.followUps.length()").value(3));

        mvc.perform(get("/api/v1/reintegration/referrals").param("side", "SENT").with(as(opsUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].state").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.content[0].nextFollowUpDue").isString());
        mvc.perform(get("/api/v1/reintegration/referrals").param("side", "RECEIVED").with(as(opsUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/reintegration/referrals").param("state", "FOLLOW_UP").with(as(cisUser)))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/reintegration/referrals").param("followUpDue", "true").with(as(cisUser)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/reintegration/referrals").param("personKey", "zzz").with(as(cisUser)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("personKey")));
    }

    @Test
    void aSearchTextHoldingAPeselIsA400NamingText_andIsNotSentBack() throws Exception {
        String grouped = PESEL.substring(0, 4) + " " + PESEL.substring(4, 8) + " " + PESEL.substring(8);
        for (String text : List.of(PESEL, "osoba " + grouped)) {
            String answer = mvc.perform(get("/api/v1/reintegration/referrals").param("text", text).with(as(opsUser)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain(PESEL).doesNotContain(grouped);
        }
        assertThat(jdbc.sql("select count(*) from reintegration_read").query(Long.class).single()).isZero();
    }
}
