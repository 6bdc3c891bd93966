package pl.koordynator.es.localplans;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.localplans.LocalPlanMonitoringFixtures.thisYear;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

/** The monitoring API: the year's indicators, values and notes written by the JST, problems naming the fields. */
class LocalPlanMonitoringApiTest extends IntegrationTest {

    @Autowired
    LocalPlanMonitoringFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void theJstEntersAValueAndWritesTheNoteThatEveryoneReads() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        long indicator = fixtures.enteredIndicator(plan);
        UserView partner = fixtures.partner(jst);
        int year = thisYear();

        mvc.perform(put("/api/v1/local-plans/{id}/indicators/{indicator}/values/{year}", plan, indicator, year)
                        .with(as(partner)).contentType(MediaType.APPLICATION_JSON).content("{\"value\": 18.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actual").value(18.5))
                .andExpect(jsonPath("$.status").exists());
        mvc.perform(put("/api/v1/local-plans/{id}/notes/{year}", plan, year).with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Rok udany.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));

        mvc.perform(get("/api/v1/local-plans/{id}/monitoring", plan).param("year", String.valueOf(year))
                        .with(users.as(Role.PES)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.years[0]").value(year - 1))
                .andExpect(jsonPath("$.years.length()").value(5))
                .andExpect(jsonPath("$.indicators[0].indicatorId").value(indicator))
                .andExpect(jsonPath("$.indicators[0].source").value("ENTERED"))
                .andExpect(jsonPath("$.indicators[0].baseline").value(10))
                .andExpect(jsonPath("$.indicators[0].target").value(30))
                .andExpect(jsonPath("$.indicators[0].actual").value(18.5))
                .andExpect(jsonPath("$.indicators[0].values[0].year").value(year))
                .andExpect(jsonPath("$.note.text").value("Rok udany."))
                .andExpect(jsonPath("$.rights.enterValues").value(false))
                .andExpect(jsonPath("$.rights.writeNote").value(false));
        // without a year: the current one, the plan being in force
        mvc.perform(get("/api/v1/local-plans/{id}/monitoring", plan).with(as(partner)))
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.rights.writeNote").value(true));
    }

    @Test
    void badValuesYearsAndStaleNotesAreProblemsNamingTheField() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        long indicator = fixtures.enteredIndicator(plan);
        long mapIndicator = fixtures.indicator(plan, 2, "PES na 10 tys. mieszkańców", Direction.HIGHER_IS_BETTER,
                "5", thisYear() - 2, "8", thisYear() + 3, IndicatorSource.MAP, "PES_PER_10K");
        UserView admin = fixtures.admin();
        String values = "/api/v1/local-plans/" + plan + "/indicators/%d/values/%d";

        mvc.perform(put(values.formatted(indicator, thisYear())).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": null}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(put(values.formatted(mapIndicator, thisYear())).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indicatorId"));
        mvc.perform(put(values.formatted(indicator, thisYear() + 10)).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(put(values.formatted(999999, thisYear())).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/local-plans/{id}/monitoring", plan).param("year", "1999").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));

        String note = "/api/v1/local-plans/" + plan + "/notes/" + thisYear();
        mvc.perform(put(note).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(put(note).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Pierwsza\"}"))
                .andExpect(status().isOk());
        mvc.perform(put(note).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Druga\", \"version\": 0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(note).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Spóźniona\", \"version\": 0}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        long inConsultation = fixtures.plan("2262011", "Gdynia", "2262", LocalPlanStatus.IN_CONSULTATION, thisYear(),
                thisYear() + 4, null, null);
        mvc.perform(put("/api/v1/local-plans/" + inConsultation + "/notes/" + thisYear()).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Za wcześnie\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("przyjętego uchwałą")));
    }
}
