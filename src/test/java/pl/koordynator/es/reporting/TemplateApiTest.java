package pl.koordynator.es.reporting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ADMIN writes templates; a template with reports gets a new version and old reports keep theirs. */
class TemplateApiTest extends IntegrationTest {

    private static final String HALF_YEARLY = """
            {"code": "OWES_HALF", "name": "Sprawozdanie półroczne", "periodType": "HALF_YEAR", "deadlineDays": 30,
             "indicators": [
               {"code": "PARTICIPANTS", "name": "Uczestnicy", "unit": "os.", "valueType": "INTEGER", "aggregation": "SUM",
                "breakdown": ["K", "M"]},
               {"code": "EMPLOYED", "name": "Zatrudnieni", "unit": "os.", "valueType": "INTEGER", "aggregation": "SUM"},
               {"code": "SATISFACTION", "name": "Zadowolenie", "unit": "%%", "valueType": "PERCENT", "aggregation": "AVERAGE"},
               {"code": "REMARKS", "name": "Uwagi", "valueType": "TEXT", "aggregation": "NONE"}],
             "rules": [{"expression": "EMPLOYED <= PARTICIPANTS", "message": "Zatrudnionych nie może być więcej niż uczestników."}%s]}""";

    @Autowired
    ReportingFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void editingATemplateWithReportsCreatesANewVersionAndOldReportsKeepTheirs() throws Exception {
        UserView admin = fixtures.admin();
        OrganisationView owes = fixtures.owes("OWES Kaszuby");
        mvc.perform(json(post("/api/v1/reporting/templates").with(as(admin)), HALF_YEARLY.formatted("")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(post("/api/v1/reporting/templates").with(as(admin)),
                        HALF_YEARLY.formatted("").replace("Sprawozdanie półroczne", "Sprawozdanie półroczne OWES")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.name").value("Sprawozdanie półroczne OWES"));

        String body = mvc.perform(json(post("/api/v1/reporting/reports").with(as(admin)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_HALF\", \"period\": \"2025H1\"}".formatted(owes.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.deadline").value("2025-07-30"))
                .andReturn().getResponse().getContentAsString();
        long first = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(json(post("/api/v1/reporting/templates").with(as(admin)), HALF_YEARLY.formatted(
                        ", {\"expression\": \"SATISFACTION >= 0\", \"message\": \"Zadowolenie nieujemne.\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.rules", hasSize(2)));

        mvc.perform(get("/api/v1/reporting/reports/" + first).with(as(admin)))
                .andExpect(jsonPath("$.templateVersion").value(1));
        mvc.perform(json(post("/api/v1/reporting/reports").with(as(admin)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_HALF\", \"period\": \"2025H2\"}".formatted(owes.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.templateVersion").value(2));
        mvc.perform(get("/api/v1/reporting/templates/OWES_HALF").with(as(admin)))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(jdbc.sql("select count(*) from report_template where code = 'OWES_HALF'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void rulesWithSyntaxErrorsOrUnknownCodesAreRefusedWithTheirPosition() throws Exception {
        UserView admin = fixtures.admin();
        mvc.perform(json(post("/api/v1/reporting/templates").with(as(admin)), HALF_YEARLY.formatted("""
                        , {"expression": "EMPLOYED <= PARTICIPANTS +", "message": "x"},
                          {"expression": "EMPLOYED <= HIRED", "message": "y"},
                          {"expression": "REMARKS > 0", "message": "z"},
                          {"expression": "EMPLOYED > 0", "message": ""}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("rules[1].expression",
                        "rules[2].expression", "rules[3].expression", "rules[4].message")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Błąd w regule na pozycji 27: reguła urywa się.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Nieznany kod wskaźnika liczbowego HIRED na pozycji 13.")));
        assertThat(jdbc.sql("select count(*) from report_template where code = 'OWES_HALF'").query(Long.class).single())
                .isZero();
    }

    @Test
    void indicatorsAreCheckedFieldByField() throws Exception {
        mvc.perform(json(post("/api/v1/reporting/templates").with(as(fixtures.admin())), """
                        {"code": "x", "name": "", "periodType": "MONTH", "deadlineDays": 400,
                         "indicators": [{"code": "A1", "name": "A", "valueType": "TEXT", "aggregation": "SUM"},
                                        {"code": "A1", "name": "B", "valueType": "NUMBER", "aggregation": "SUM"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("code", "name", "periodType",
                        "deadlineDays", "indicators[0].aggregation", "indicators[1].code", "indicators[1].valueType")));
    }

    @Test
    void onlyAdminWritesTemplates() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Kociewie");
        mvc.perform(json(post("/api/v1/reporting/templates").with(as(fixtures.staff(owes))), HALF_YEARLY.formatted("")))
                .andExpect(status().isForbidden());
    }
}
