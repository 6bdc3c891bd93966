package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.localplans.LocalPlanMonitoringFixtures.thisYear;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.HtmlChecker;
import pl.koordynator.es.testing.IntegrationTest;

/** The monitoring page's forms without a browser: valid HTML, Polish problems naming the field, nothing saved. */
class LocalPlanMonitoringPagesTest extends IntegrationTest {

    @Autowired
    LocalPlanMonitoringFixtures fixtures;

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    @Test
    void theFormsComeBackWithPolishProblemsAndSaveNothing() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        long entered = fixtures.enteredIndicator(plan);
        long map = fixtures.indicator(plan, 2, "PES na 10 tys. mieszkańców", Direction.HIGHER_IS_BETTER, "5",
                thisYear() - 2, "8", thisYear() + 3, IndicatorSource.MAP, "PES_PER_10K");
        UserView partner = fixtures.partner(jst);
        String page = "/plany-lokalne/" + plan + "/monitoring";

        String html = mvc.perform(get(page).with(as(partner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(HtmlChecker.get().errors(html)).isEmpty();
        assertThat(html).contains("id=\"value-" + entered + "\"").doesNotContain("id=\"value-" + map + "\"");

        // a value for an indicator the platform computes, beside a good one: neither is saved
        mvc.perform(post(page + "/wartosci").with(as(partner)).with(csrf()).param("rok", String.valueOf(thisYear()))
                        .param("values[" + entered + "]", "12").param("values[" + map + "]", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wskaźnik: wartości wpisuje się tylko")));
        mvc.perform(post(page + "/notatka").with(as(partner)).with(csrf()).param("rok", String.valueOf(thisYear()))
                        .param("text", "x".repeat(8001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Treść notatki: najwyżej 8000 znaków.")));
        mvc.perform(post(page + "/notatka").with(as(partner)).with(csrf()).param("rok", String.valueOf(thisYear() + 9))
                        .param("text", "Notatka"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rok: wybierz rok planu, od " + (thisYear() - 1))));
        assertThat(jdbc.sql("select count(*) from localplans_indicator_value").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from localplans_yearly_note").query(Long.class).single()).isZero();

        mvc.perform(post(page + "/wartosci").with(as(partner)).with(csrf()).param("rok", String.valueOf(thisYear()))
                        .param("values[" + entered + "]", "1 234,5"))
                .andExpect(redirectedUrl(page + "?rok=" + thisYear()));
        assertThat(jdbc.sql("select value from localplans_indicator_value").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1234.5");
    }

    @Test
    void theOwesAndAnotherJstMayNotPostAndSeeNoForms() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        OrganisationView other = fixtures.jst("Gmina Miasta Gdyni", "2262011");
        OrganisationView owes = fixtures.owes("OWES Pomorze");
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), owes.id());
        long entered = fixtures.enteredIndicator(plan);
        String page = "/plany-lokalne/" + plan + "/monitoring";

        for (UserView refused : java.util.List.of(fixtures.partner(other), fixtures.owesUser(owes))) {
            String html = mvc.perform(get(page).with(as(refused))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("id=\"values-form\"").doesNotContain("id=\"note-form\"");
            mvc.perform(post(page + "/wartosci").with(as(refused)).with(csrf()).param("rok", String.valueOf(thisYear()))
                    .param("values[" + entered + "]", "12")).andExpect(status().isForbidden());
            mvc.perform(post(page + "/notatka").with(as(refused)).with(csrf()).param("rok", String.valueOf(thisYear()))
                    .param("text", "Notatka")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from localplans_indicator_value").query(Long.class).single()).isZero();
    }
}
