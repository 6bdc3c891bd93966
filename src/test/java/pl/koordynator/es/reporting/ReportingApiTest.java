package pl.koordynator.es.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two OWES and ROPS drive reports through the whole workflow over the API. */
class ReportingApiTest extends IntegrationTest {

    @Autowired
    ReportingFixtures fixtures;

    OrganisationView north;
    OrganisationView south;
    UserView northStaff;
    UserView southStaff;
    UserView admin;

    @BeforeEach
    void twoOwesAndRops() {
        fixtures.forget();
        north = fixtures.owes("OWES Pomorze Północne");
        south = fixtures.owes("OWES Pomorze Południowe");
        northStaff = fixtures.staff(north);
        southStaff = fixtures.staff(south);
        admin = fixtures.admin();
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long create(UserView who, OrganisationView owes, String period) throws Exception {
        String body = mvc.perform(json(post("/api/v1/reporting/reports").with(as(who)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"%s\"}".formatted(owes.id(), period)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions putValues(UserView who, long id, String values) throws Exception {
        return mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(who)),
                "{\"values\": " + values + "}"));
    }

    private ResultActions action(UserView who, long id, String action, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/" + action).with(as(who)), body));
    }

    private static String values(int pesSupported, int pesNew, int jobs, int jobsAtRisk, String hours) {
        return """
                {"PES_SUPPORTED": %d, "PES_NEW": %d, "SE_NEW": 1, "JOBS_CREATED": %d, "JOBS_AT_RISK": %d,
                 "CONSULTING_HOURS": %s, "TRAININGS": 2, "TRAINING_PARTICIPANTS": 25, "JST_COOPERATING": 3,
                 "PARTNERSHIPS": 1}""".formatted(pesSupported, pesNew, jobs, jobsAtRisk, hours);
    }

    private long approved(OrganisationView owes, UserView staff, String period, String values) throws Exception {
        long id = create(staff, owes, period);
        putValues(staff, id, values).andExpect(status().isOk());
        action(staff, id, "submit", "{}").andExpect(status().isOk());
        action(admin, id, "approve", "{}").andExpect(status().isOk());
        return id;
    }

    @Test
    void theDefaultTemplateIsListedWithItsIndicatorsAndRules() throws Exception {
        mvc.perform(get("/api/v1/reporting/templates").with(as(northStaff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'OWES_QUARTERLY')].name").value(hasItem("Sprawozdanie kwartalne OWES")))
                .andExpect(jsonPath("$[0].indicators", hasSize(10)))
                .andExpect(jsonPath("$[0].indicators[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "PES_SUPPORTED", "PES_NEW", "SE_NEW", "JOBS_CREATED", "JOBS_AT_RISK", "CONSULTING_HOURS",
                        "TRAININGS", "TRAINING_PARTICIPANTS", "JST_COOPERATING", "PARTNERSHIPS")))
                .andExpect(jsonPath("$[0].indicators[*].aggregation").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("SUM"))))
                .andExpect(jsonPath("$[0].rules[*].expression").value(hasItem("JOBS_AT_RISK <= JOBS_CREATED")));
    }

    @Test
    void aReportGoesThroughTheWholeWorkflow() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        mvc.perform(get("/api/v1/reporting/reports/" + id).with(as(northStaff)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.deadline").value("2025-04-20"))
                .andExpect(jsonPath("$.templateVersion").value(1));

        putValues(northStaff, id, values(10, 4, 5, 3, "120.5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.values.JOBS_CREATED").value(5))
                .andExpect(jsonPath("$.values.CONSULTING_HOURS").value(120.5));
        action(northStaff, id, "submit", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        putValues(northStaff, id, "{\"JOBS_CREATED\": 6}").andExpect(status().isConflict());
        action(northStaff, id, "approve", "{}").andExpect(status().isForbidden());

        action(admin, id, "return", """
                {"comment": "Proszę sprawdzić liczbę miejsc pracy.",
                 "comments": {"JOBS_CREATED": "Umowy z marca nie zostały ujęte."}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnComment").value("Proszę sprawdzić liczbę miejsc pracy."))
                .andExpect(jsonPath("$.reviewComments.JOBS_CREATED").value("Umowy z marca nie zostały ujęte."));

        putValues(northStaff, id, "{\"JOBS_CREATED\": 7}").andExpect(status().isOk());
        action(northStaff, id, "submit", "{}").andExpect(jsonPath("$.status").value("SUBMITTED"));
        action(admin, id, "approve", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        assertThat(fixtures.transitions()).extracting(t -> t.from() + ">" + t.to()).containsExactly(
                "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>APPROVED");
        assertThat(fixtures.transitions().get(1).comment()).isEqualTo("Proszę sprawdzić liczbę miejsc pracy.");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'OwesReport' and action = 'UPDATE'"
                + " and entity_id = :id").param("id", String.valueOf(id)).query(Long.class).single())
                .as("two value changes and four transitions").isEqualTo(6);
    }

    @Test
    void anApprovedReportCannotChangeUntilRopsReopensItWithAReason() throws Exception {
        long id = approved(north, northStaff, "2025Q1", values(10, 4, 5, 3, "100"));

        putValues(northStaff, id, "{\"JOBS_CREATED\": 9}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("zatwierdzone")));
        putValues(admin, id, "{\"JOBS_CREATED\": 9}").andExpect(status().isConflict());
        action(northStaff, id, "submit", "{}").andExpect(status().isConflict());
        action(northStaff, id, "reopen", "{\"comment\": \"Pomyłka\"}").andExpect(status().isForbidden());
        action(admin, id, "reopen", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(get("/api/v1/reporting/reports/" + id).with(as(northStaff)))
                .andExpect(jsonPath("$.values.JOBS_CREATED").value(5))
                .andExpect(jsonPath("$.status").value("APPROVED"));

        action(admin, id, "reopen", "{\"comment\": \"Korekta danych po kontroli.\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.reopenReason").value("Korekta danych po kontroli."));
        assertThat(jdbc.sql("select count(*) from report_aggregate").query(Long.class).single())
                .as("a reopened report leaves the aggregates").isZero();
        putValues(northStaff, id, "{\"JOBS_CREATED\": 9}").andExpect(status().isOk());
    }

    @Test
    void rulesRejectBadValuesWithTheirPolishMessagesAndNothingIsSaved() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        putValues(northStaff, id, "{\"JOBS_CREATED\": 2, \"JOBS_AT_RISK\": 3, \"PES_SUPPORTED\": 1, \"PES_NEW\": 4}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "values.JOBS_AT_RISK", "values.PES_NEW")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Liczba miejsc pracy dla osób zagrożonych wykluczeniem nie może przekraczać liczby utworzonych"
                                + " miejsc pracy. (reguła: JOBS_AT_RISK <= JOBS_CREATED)")));
        putValues(northStaff, id, "{\"JOBS_MADE\": 2, \"TRAININGS\": 1.5, \"PES_NEW\": \"dużo\", \"SE_NEW\": -1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "values.JOBS_MADE", "values.TRAININGS", "values.PES_NEW", "values.SE_NEW")))
                .andExpect(jsonPath("$.errors[?(@.field == 'values.JOBS_MADE')].message")
                        .value(hasItem("Nieznany kod wskaźnika: JOBS_MADE.")));
        assertThat(jdbc.sql("select count(*) from report_value").query(Long.class).single()).isZero();

        putValues(northStaff, id, "{\"JOBS_CREATED\": 2}").andExpect(status().isOk());
        action(northStaff, id, "submit", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("values.PES_SUPPORTED")));
    }

    @Test
    void aBreakdownTotalMustEqualItsCellsAndIsComputedFromThem() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        putValues(northStaff, id, "{\"JOBS_CREATED.K\": 3, \"JOBS_CREATED.M\": 2}").andExpect(status().isOk())
                .andExpect(jsonPath("$.values.JOBS_CREATED").value(5));
        putValues(northStaff, id, "{\"JOBS_CREATED\": 6}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values.JOBS_CREATED"));
        putValues(northStaff, id, "{\"JOBS_CREATED.X\": 1}").andExpect(status().isBadRequest());
    }

    @Test
    void oneOwesCannotSeeOrTouchAnothersReport() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        mvc.perform(get("/api/v1/reporting/reports/" + id).with(as(southStaff))).andExpect(status().isNotFound());
        putValues(southStaff, id, "{\"JOBS_CREATED\": 1}").andExpect(status().isNotFound());
        action(southStaff, id, "submit", "{}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reporting/reports").with(as(southStaff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(json(post("/api/v1/reporting/reports").with(as(southStaff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"2025Q2\"}".formatted(north.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reporting/reports").with(as(admin))).andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void aSecondReportForTheSamePeriodIsAConflictAndBadPeriodsAreRefused() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        mvc.perform(json(post("/api/v1/reporting/reports").with(as(northStaff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"2025q1\"}".formatted(north.id())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reportId").value(id));
        mvc.perform(json(post("/api/v1/reporting/reports").with(as(northStaff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"2025H1\"}".formatted(north.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("Ten szablon wymaga okresu typu: kwartał."));
        mvc.perform(json(post("/api/v1/reporting/reports").with(as(northStaff)),
                        "{\"owesId\": %d, \"templateCode\": \"NOPE\", \"period\": \"2025Q5\"}".formatted(north.id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "templateCode", "period")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = create(northStaff, north, "2025Q1");
        putValues(northStaff, id, "{\"JOBS_CREATED\": 2}").andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(northStaff)),
                "{\"values\": {\"JOBS_CREATED\": 3}, \"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(northStaff)),
                "{\"values\": {\"JOBS_CREATED\": 3}, \"version\": 1}")).andExpect(status().isOk());
    }

    @Test
    void theRegionalAggregateEqualsTheSumOfApprovedValues() throws Exception {
        fixtures.subregion("Subregion północny", north.id(), "2261");
        fixtures.subregion("Subregion południowy", south.id(), "2262");
        approved(north, northStaff, "2025Q1", values(10, 4, 5, 3, "100.5"));
        approved(north, northStaff, "2025Q2", values(12, 2, 6, 1, "80"));
        approved(south, southStaff, "2025Q1", values(7, 7, 2, 2, "40.25"));
        approved(south, southStaff, "2024Q4", values(50, 5, 50, 5, "500"));
        long submitted = create(southStaff, south, "2025Q3");
        putValues(southStaff, submitted, values(100, 10, 100, 10, "1000")).andExpect(status().isOk());
        action(southStaff, submitted, "submit", "{}").andExpect(status().isOk());
        create(northStaff, north, "2025Q3"); // a draft counts nowhere

        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("PES_SUPPORTED", BigDecimal.valueOf(10 + 12 + 7));
        expected.put("JOBS_CREATED", BigDecimal.valueOf(5 + 6 + 2));
        expected.put("JOBS_AT_RISK", BigDecimal.valueOf(3 + 1 + 2));
        expected.put("CONSULTING_HOURS", new BigDecimal("220.75"));
        expected.put("TRAININGS", BigDecimal.valueOf(6));

        for (UserView reader : new UserView[] {admin, northStaff}) {
            String body = mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025&level=region")
                            .with(as(reader)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.rows", hasSize(1)))
                    .andReturn().getResponse().getContentAsString();
            expected.forEach((code, value) -> assertThat(new BigDecimal(JsonPath.read(body, "$.rows[0].values." + code)
                    .toString())).as(code).isEqualByComparingTo(value));
        }
        mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025H1&level=owes").with(as(admin)))
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.rows[?(@.name == 'OWES Pomorze Północne')].values.JOBS_CREATED").value(hasItem(11)))
                .andExpect(jsonPath("$.rows[?(@.name == 'OWES Pomorze Południowe')].values.JOBS_CREATED").value(hasItem(2)));
        mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025Q1&level=subregion").with(as(admin)))
                .andExpect(jsonPath("$.rows[?(@.name == 'Subregion północny')].values.PES_SUPPORTED").value(hasItem(10)))
                .andExpect(jsonPath("$.rows[?(@.name == 'Subregion południowy')].values.PES_SUPPORTED").value(hasItem(7)));
        mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025&include=submitted").with(as(admin)))
                .andExpect(jsonPath("$.rows[0].values.JOBS_CREATED").value(113));
        mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025&include=submitted")
                .with(as(northStaff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reporting/aggregate?template=OWES_QUARTERLY&period=2025X&level=city").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("period", "level")));
    }

    @Test
    void completenessListsEveryOwesWithItsStatusAndOverdueMark() throws Exception {
        approved(north, northStaff, "2025Q1", values(10, 4, 5, 3, "100"));
        mvc.perform(get("/api/v1/reporting/completeness?template=OWES_QUARTERLY&period=2025Q1").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadline").value("2025-04-20"))
                .andExpect(jsonPath("$.rows[?(@.owesName == 'OWES Pomorze Północne')].status").value(hasItem("APPROVED")))
                .andExpect(jsonPath("$.rows[?(@.owesName == 'OWES Pomorze Północne')].overdue").value(hasItem(false)))
                .andExpect(jsonPath("$.rows[?(@.owesName == 'OWES Pomorze Południowe')].overdue").value(hasItem(true)));
        mvc.perform(get("/api/v1/reporting/completeness?template=OWES_QUARTERLY&period=2025Q1").with(as(northStaff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aValueKnownToAnotherModuleMayBeOverriddenOnlyWithAComment() throws Exception {
        fixtures.know(north.id(), "CONSULTING_HOURS", new BigDecimal("42"), "Moduł doradztwa: 42 godz.");
        long id = create(northStaff, north, "2025Q1");
        putValues(northStaff, id, "{\"CONSULTING_HOURS\": 42}").andExpect(status().isOk());
        putValues(northStaff, id, "{\"CONSULTING_HOURS\": 40}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comments.CONSULTING_HOURS"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Moduł doradztwa")));
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(northStaff)),
                        "{\"values\": {\"CONSULTING_HOURS\": 40}, \"comments\": {\"CONSULTING_HOURS\": \"Dwie godziny odwołane.\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comments.CONSULTING_HOURS").value("Dwie godziny odwołane."));
    }
}
