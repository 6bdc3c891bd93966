package pl.koordynator.es.localplans;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.localplans.LocalPlansFixtures.GDANSK;
import static pl.koordynator.es.localplans.LocalPlansFixtures.KARTUZY;
import static pl.koordynator.es.localplans.LocalPlansFixtures.OUTSIDE;
import static pl.koordynator.es.localplans.LocalPlansFixtures.pdf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

/** The plan API: a round trip, problems naming fields, one active plan per JST, replacing, access, documents. */
class LocalPlansApiTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    private OrganisationView gdansk;
    private OrganisationView owes;
    private UserView partner;

    @BeforeEach
    void parties() {
        gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        owes = fixtures.owes("OWES Pomorze", GDANSK);
        partner = fixtures.partner(gdansk);
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private String body(String unit, String status, String extra) {
        return """
                {"unitTeryt": "%s", "title": "Plan rozwoju ES", "status": "%s", "jstId": %d, "owesId": %d,
                 "periodStart": "2026-01-01", "periodEnd": "2030-12-31"%s,
                 "goals": [{"number": 1, "title": "Cel"}],
                 "actions": [{"number": 1, "goalNumber": 1, "title": "Działanie", "responsibleIds": [%d],
                   "startDate": "2026-01-01", "endDate": "2026-12-31", "budget": 1000}],
                 "indicators": [{"number": 1, "goalNumber": 1, "name": "Miejsca pracy", "unit": "os.",
                   "target": 30, "targetYear": 2030, "source": "ENTERED"}]}"""
                .formatted(unit, status, gdansk.id(), owes.id(), extra, gdansk.id());
    }

    private long created(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void theJstCreatesReadsAndUpdatesItsPlan() throws Exception {
        String json = mvc.perform(post("/api/v1/local-plans").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "IN_PREPARATION", "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/local-plans/")))
                .andExpect(jsonPath("$.unitName").value("Gdańsk"))
                .andExpect(jsonPath("$.actions[0].responsible[0].name").value("Gmina Miasta Gdańska"))
                .andExpect(jsonPath("$.rights.edit").value(true))
                .andReturn().getResponse().getContentAsString();
        long id = created(json);

        mvc.perform(get("/api/v1/local-plans/" + id).with(as(fixtures.user(Role.COMMITTEE))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rights.edit").value(false))
                .andExpect(jsonPath("$.goals[0].title").value("Cel"));
        mvc.perform(get("/api/v1/local-plans").param("status", "IN_PREPARATION").param("powiatTeryt", "2261")
                        .param("q", "rozwoju").with(as(fixtures.user(Role.PES))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(put("/api/v1/local-plans/" + id).param("version", "0").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "ADOPTED", ", \"resolutionNumber\": \"XII/1/2026\", "
                                + "\"resolutionDate\": \"2025-12-20\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADOPTED"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/local-plans/" + id).param("version", "0").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content(body(GDANSK, "IN_PREPARATION", "")))
                .andExpect(status().isConflict());
    }

    @Test
    void badValuesAreProblemsNamingTheFields() throws Exception {
        UserView admin = fixtures.admin();
        mvc.perform(post("/api/v1/local-plans").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(OUTSIDE, "ADOPTED", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("unitTeryt", "resolutionNumber",
                        "resolutionDate")));
        mvc.perform(post("/api/v1/local-plans").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "IN_PREPARATION", "").replace("\"periodEnd\": \"2030-12-31\"",
                                "\"periodEnd\": \"2025-12-31\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("periodEnd")));
        mvc.perform(post("/api/v1/local-plans").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "SOMETHING", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/local-plans").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "IN_PREPARATION", "").replace("\"endDate\": \"2026-12-31\"",
                                "\"endDate\": \"2026-13-45\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("actions[0].endDate"));
        mvc.perform(get("/api/v1/local-plans").param("status", "NONE").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/local-plans/999999").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void aSecondActivePlanIsAConflictOnTheUnitAndAReplacingPlanTakesOver() throws Exception {
        UserView admin = fixtures.admin();
        long first = created(mvc.perform(post("/api/v1/local-plans").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(body(GDANSK, "IN_CONSULTATION",
                                ", \"consultationDeadline\": \"2026-03-01\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/local-plans").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "IN_PREPARATION", "")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("unitTeryt"))
                .andExpect(jsonPath("$.activePlanId").value(first));
        long second = created(mvc.perform(post("/api/v1/local-plans").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(GDANSK, "IN_PREPARATION", ", \"replacesId\": " + first)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/api/v1/local-plans/" + first).with(as(admin)))
                .andExpect(jsonPath("$.status").value("REPLACED")).andExpect(jsonPath("$.replacedById").value(second));
    }

    @Test
    void aPartnerOfAnotherJstIsRefused() throws Exception {
        long id = fixtures.plan(GDANSK, gdansk, owes).id();
        UserView stranger = fixtures.partner(fixtures.jst("Gmina Kartuzy", KARTUZY));
        mvc.perform(put("/api/v1/local-plans/" + id).param("version", "0").with(as(stranger))
                        .contentType(MediaType.APPLICATION_JSON).content(body(GDANSK, "IN_PREPARATION", "")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/local-plans").with(as(stranger)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(KARTUZY, "IN_PREPARATION", "")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/local-plans/" + id + "/documents")
                        .file(new MockMultipartFile("file", "u.pdf", "application/pdf", pdf())).param("title", "U")
                        .with(as(stranger)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOwesAddsDownloadsAndRemovesADocument() throws Exception {
        long id = fixtures.plan(GDANSK, gdansk, owes).id();
        UserView adviser = fixtures.owesUser(owes);
        mvc.perform(multipart("/api/v1/local-plans/" + id + "/documents")
                        .file(new MockMultipartFile("file", "u.html", "text/html", "<html>".getBytes()))
                        .param("title", "Uchwała").with(as(adviser)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        String json = mvc.perform(multipart("/api/v1/local-plans/" + id + "/documents")
                        .file(new MockMultipartFile("file", "uchwala.pdf", "application/pdf", pdf()))
                        .param("title", "Uchwała").with(as(adviser)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/local-plans/" + id + "/documents/")))
                .andExpect(jsonPath("$.title").value("Uchwała")).andReturn().getResponse().getContentAsString();
        long documentId = created(json);
        mvc.perform(get("/api/v1/local-plans/" + id + "/documents/" + documentId).with(as(fixtures.user(Role.PES))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(pdf()));
        mvc.perform(delete("/api/v1/local-plans/" + id + "/documents/" + documentId).with(as(adviser)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/local-plans/" + id + "/documents/" + documentId).with(as(adviser)))
                .andExpect(status().isNotFound());
    }
}
