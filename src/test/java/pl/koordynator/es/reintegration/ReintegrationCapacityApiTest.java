package pl.koordynator.es.reintegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.reintegration.CapacityFixtures.GDANSK;
import static pl.koordynator.es.reintegration.CapacityFixtures.KARTUZY;

/** The places API: public numbers, changes by the unit's users and ROPS, problems naming the fields. */
class ReintegrationCapacityApiTest extends IntegrationTest {

    private static final String TWO_LINES = """
            {"version": null, "lines": [
              {"programme": "Zatrudnienie socjalne", "places": 20, "occupied": 14, "waiting": 3},
              {"programme": "Reintegracja zawodowa", "places": 10, "occupied": 10, "waiting": 0}]}""";

    @Autowired
    CapacityFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void aUnitsUserSavesItsPlacesAndAVisitorReadsTheNumbers() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        UserView unitUser = fixtures.pesUser(cis);

        mvc.perform(get("/api/v1/reintegration/capacity/{id}", cis.id())).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(unitUser))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.free").value(6));

        mvc.perform(get("/api/v1/reintegration/capacity/{id}", cis.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").value("CIS Gdańsk"))
                .andExpect(jsonPath("$.kind").value("CIS"))
                .andExpect(jsonPath("$.updatedOn").value(RegionDate.today().toString()))
                .andExpect(jsonPath("$.lines[0].programme").value("Zatrudnienie socjalne"))
                .andExpect(jsonPath("$.lines[0].places").value(20))
                .andExpect(jsonPath("$.lines[0].occupied").value(14))
                .andExpect(jsonPath("$.lines[0].free").value(6))
                .andExpect(jsonPath("$.lines[0].waiting").value(3))
                .andExpect(jsonPath("$.lines[1].free").value(0))
                .andExpect(jsonPath("$.places").value(30))
                .andExpect(jsonPath("$.waiting").value(3));
        mvc.perform(get("/api/v1/reintegration/capacity").param("powiat", "2261"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.powiats[0].teryt").value("2261"))
                .andExpect(jsonPath("$.powiats[0].free").value(6))
                .andExpect(jsonPath("$.units[0].organisationId").value(cis.id()));
        mvc.perform(get("/api/v1/reintegration/capacity").param("kind", "JSPS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("kind")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        UserView unitUser = fixtures.pesUser(cis);
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(unitUser))
                .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(unitUser))
                .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES.replace("null", "0")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(unitUser))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES.replace("null", "0")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void moreOccupiedThanPlacesIsABadRequestNamingTheLinesField() throws Exception {
        OrganisationView wtz = fixtures.organisation("WTZ Kartuzy", Kind.WTZ, KARTUZY);
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", wtz.id()).with(as(fixtures.pesUser(wtz)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lines\": [{\"programme\": \"Terapia zajęciowa\", \"places\": 10, \"occupied\": 12,"
                                + " \"waiting\": 0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines[0].occupied")));
        mvc.perform(get("/api/v1/reintegration/capacity/{id}", wtz.id())).andExpect(status().isNotFound());
    }

    @Test
    void anotherUnitsUserIsRefusedAnNgoIsNoUnitAndNoOrganisationIsNotFound() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        OrganisationView kis = fixtures.organisation("KIS Kartuzy", Kind.KIS, KARTUZY);
        OrganisationView ngo = fixtures.organisation("Stowarzyszenie Razem", Kind.NGO, GDANSK);
        UserView admin = users.create("ri-cap-admin-" + System.nanoTime(), Role.ADMIN);

        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(fixtures.pesUser(kis)))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(users.as(Role.OWES))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", ngo.id()).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("organisationId")));
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", 999999).with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reintegration/capacity/{id}", ngo.id())).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(admin))
                .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES)).andExpect(status().isOk());
    }

    @Test
    void theOrganisationsCardShowsItsPlacesToEveryone() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        UserView unitUser = fixtures.pesUser(cis);
        mvc.perform(get("/api/v1/organisations/{id}/activity", cis.id()).with(as(unitUser)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[?(@.id == 'reintegration-places')].moreUrl")
                        .value(hasItem("/reintegracja/miejsca/" + cis.id())));
        mvc.perform(put("/api/v1/reintegration/capacity/{id}", cis.id()).with(as(unitUser))
                .contentType(MediaType.APPLICATION_JSON).content(TWO_LINES)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/organisations/{id}/activity", cis.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[?(@.id == 'reintegration-places')].figures[0].figures[?(@.key == 'free')].value")
                        .value(hasItem(6)))
                .andExpect(jsonPath("$.sections[?(@.id == 'reintegration-places')].moreUrl")
                        .value(hasItem("/reintegracja/wolne-miejsca?powiat=2261")));
        String page = mvc.perform(get("/organisations/{id}", cis.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("Miejsca reintegracyjne (stan na")
                .contains("Zatrudnienie socjalne").contains("wolne 6 z 20, zajęte 14, oczekujący 3")
                .doesNotContain("/reintegracja/miejsca/" + cis.id());
    }
}
