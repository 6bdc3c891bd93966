package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

/** The section pages' forms: refusals in Polish beside the form and nothing saved; a save without changes said so. */
class LocalPlanSectionPagesTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlanSections sections;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void aStaleSaveAndARejectionWithoutAReasonAreRefusedInPolishAndSaveNothing() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(jst);
        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.KARTUZY, jst, owes);
        String path = "/plany-lokalne/" + plan.id() + "/sekcje/goals";
        fixtures.as(partner, () -> sections.save(plan.id(), SectionKey.GOALS, new SectionInput("Cel 1", 0)));
        CommentView comment = fixtures.as(adviser, () -> sections.comment(plan.id(), SectionKey.GOALS,
                new CommentInput("Uwaga", "Cel 1 i cel 2")));

        mvc.perform(post(path).with(as(partner)).with(csrf()).param("text", "Cel A").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sekcję zapisał w międzyczasie ktoś inny")));
        mvc.perform(post(path + "/komentarze/" + comment.id() + "/decyzja").with(as(partner)).with(csrf())
                        .param("decision", "REJECTED").param("reason", "").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Podaj uzasadnienie odrzucenia.")));
        mvc.perform(post(path).with(as(partner)).with(csrf()).param("text", "Cel 1").param("version", "1"))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("message", "localplans.sections.pages.unchanged"));

        SectionView section = fixtures.as(partner, () -> sections.section(plan.id(), SectionKey.GOALS));
        assertThat(section.text()).isEqualTo("Cel 1");
        assertThat(section.version()).isEqualTo(1);
        assertThat(fixtures.as(partner, () -> sections.comments(plan.id(), SectionKey.GOALS)).get(0).status())
                .isEqualTo(CommentStatus.OPEN);
    }

    @Test
    void aCommentLeavingTheSuggestionAsItWasSuggestsNothing() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Kartuzy", LocalPlansFixtures.KARTUZY);
        OrganisationView owes = fixtures.owes("OWES Kaszuby", LocalPlansFixtures.KARTUZY);
        UserView partner = fixtures.partner(jst);
        UserView adviser = fixtures.owesUser(owes);
        LocalPlanView plan = fixtures.plan(LocalPlansFixtures.KARTUZY, jst, owes);
        fixtures.as(partner, () -> sections.save(plan.id(), SectionKey.ACTIONS, new SectionInput("Działania", 0)));
        String path = "/plany-lokalne/" + plan.id() + "/sekcje/actions";

        mvc.perform(post(path + "/komentarze").with(as(adviser)).with(csrf()).param("text", "Dobrze")
                        .param("suggestedText", "Działania\r\n"))
                .andExpect(status().is3xxRedirection());

        assertThat(fixtures.as(adviser, () -> sections.comments(plan.id(), SectionKey.ACTIONS)).get(0).hasSuggestion())
                .isFalse();
        mvc.perform(get(path + "/roznice").param("od", "3").param("do", "1").with(as(adviser)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Wybierz istniejącą wersję późniejszą")));
    }
}
