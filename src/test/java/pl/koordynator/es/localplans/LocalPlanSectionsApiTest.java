package pl.koordynator.es.localplans;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

/** The sections API: a save, a comment with a suggestion accepted, problems naming the field, conflicts. */
class LocalPlanSectionsApiTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void authorsSaveAndTheOwesSuggestionIsAccepted() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(jst);
        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.KARTUZY, jst, owes);
        String base = "/api/v1/local-plans/" + plan.id() + "/sections";

        mvc.perform(get(base).with(as(fixtures.user(Role.COMMITTEE)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5)).andExpect(jsonPath("$[0].slug").value("diagnosis"))
                .andExpect(jsonPath("$[0].version").value(0));
        mvc.perform(put(base + "/diagnosis").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"W gminie działa 12 PES.\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.newVersion").value(true))
                .andExpect(jsonPath("$.section.version").value(1));
        mvc.perform(put(base + "/diagnosis").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Inaczej\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String created = mvc.perform(post(base + "/diagnosis/comments").with(as(adviser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Nowsze dane\",\"suggestedText\":\"W gminie działa 15 PES.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.sectionVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        long commentId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));

        mvc.perform(post(base + "/diagnosis/comments/" + commentId + "/decision").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"ACCEPTED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get(base + "/diagnosis").with(as(adviser))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("W gminie działa 15 PES.")).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get(base + "/diagnosis/versions").with(as(adviser))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fromCommentId").value(commentId));
        mvc.perform(get(base + "/diagnosis/diff").param("from", "1").param("to", "2").with(as(adviser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pieces[1].change").value("DELETED"))
                .andExpect(jsonPath("$.pieces[1].text").value("12"));
        mvc.perform(post(base + "/diagnosis/comments/" + commentId + "/decision").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECTED\",\"reason\":\"x\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void problemsNameTheField() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(jst);
        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.KARTUZY, jst, owes);
        String base = "/api/v1/local-plans/" + plan.id() + "/sections";

        mvc.perform(put(base + "/goals").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Cele\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post(base + "/goals/comments").with(as(adviser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        String created = mvc.perform(post(base + "/goals/comments").with(as(adviser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Uwaga\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long commentId = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(post(base + "/goals/comments/" + commentId + "/decision").with(as(partner))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECTED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get(base + "/goals/diff").param("from", "0").param("to", "1").with(as(partner)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get(base + "/unknown").with(as(partner))).andExpect(status().isNotFound());
        // a partner of the JST is an author, not a commenter; a PES outside a consultation comments on nothing
        mvc.perform(post(base + "/goals/comments").with(as(partner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Uwaga\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/goals/comments").with(as(fixtures.pesUser(fixtures.pes("PES", LocalPlansFixtures.KARTUZY))))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Uwaga\"}"))
                .andExpect(status().isForbidden());
    }
}
