package pl.koordynator.es.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import pl.koordynator.es.testing.RegionDate;

/**
 * The mark's pages as a PES, a board member and ROPS use them: the form with its messages beside
 * the fields in Polish, the board member's vote, ROPS's decision refused without a majority and
 * granted with one, and the licence on the public list.
 */
class MarkPagesTest extends IntegrationTest {

    @Autowired
    MarkFixtures fixtures;

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long offer, String own) {
        return form(request, offer, own, "Szkoła Podstawowa nr 3");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, long offer, String own,
            String secondOrganisation) {
        return request.with(csrf()).param("offerId", String.valueOf(offer)).param("kind", "NEW")
                .param("socialAims", "Zatrudniamy osoby z niepełnosprawnościami.").param("ownRevenue", own)
                .param("totalRevenue", "100 000,00").param("revenueYear", String.valueOf(RegionDate.today().getYear() - 1))
                .param("revenueEvidence", "Sprawozdanie finansowe").param("rec1Name", "Anna Polecająca")
                .param("rec1Organisation", "Urząd Gminy Pruszcz").param("rec1Text", "Polecamy.")
                .param("rec2Name", "Jan Zadowolony").param("rec2Organisation", secondOrganisation)
                .param("rec2Text", "Solidnie i na czas.");
    }

    @Test
    void aPesAppliesTheBoardVotesAndRopsGrantsThroughThePages() throws Exception {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Stronicowa", 12, null);
        UserView pesUser = users.create("pes-" + System.nanoTime(), Role.PES, pes.id());
        long offer = fixtures.offer(pes, "Obiady dla szkół", "PUBLISHED");
        var asPes = user(users.principal(pesUser));

        mvc.perform(get("/znak").with(asPes)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Obiady dla szkół")))
                .andExpect(content().string(containsString("/znak/nowy?offer=" + offer)));
        mvc.perform(form(post("/znak"), offer, "25 000").with(asPes)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownRevenue-error\"")))
                .andExpect(content().string(containsString("Przychód własny to 25%")));
        mvc.perform(form(post("/znak"), offer, "40 000", " ").with(asPes))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rec2Organisation-error\"")));
        assertThat(jdbc.sql("select count(*) from catalogue_mark_application").query(Long.class).single()).isZero();
        mvc.perform(form(post("/znak"), offer, "40 000,50").with(asPes))
                .andExpect(redirectedUrlPattern("/znak/*"));
        long application = jdbc.sql("select id from catalogue_mark_application").query(Long.class).single();

        UserView rops = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        var asRops = user(users.principal(rops));
        UserView member = users.create("czlonek-" + System.nanoTime(), Role.OWES);
        var asMember = user(users.principal(member));
        mvc.perform(get("/kapitula").with(asMember)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalogue/kapitula").with(csrf()).with(asRops).param("username", member.username()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/catalogue/kapitula").with(asRops)).andExpect(content().string(
                containsString(member.username())));
        mvc.perform(get("/kapitula").with(asMember)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Obiady dla szkół")));

        // no vote yet: the decision to grant is refused with the tally
        mvc.perform(post("/kapitula/" + application + "/decyzja").with(csrf()).with(asRops).param("grant", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("stepError", "catalogue.mark.decision.noMajority"));
        mvc.perform(get("/kapitula/" + application).with(asRops))
                .andExpect(content().string(containsString("Złożony, czeka na decyzję")))
                .andExpect(content().string(containsString("id=\"decision-form\"")));
        mvc.perform(post("/kapitula/" + application + "/glos").with(csrf()).with(asMember).param("choice", "FOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kapitula/" + application).with(asMember))
                .andExpect(content().string(containsString("Twój głos: Za")))
                .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(post("/kapitula/" + application + "/decyzja").with(csrf()).with(asRops).param("grant", "true"))
                .andExpect(status().is3xxRedirection());
        String number = jdbc.sql("select licence_number from catalogue_mark_licence").query(String.class).single();
        mvc.perform(get("/znak/" + application).with(asPes)).andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Znak przyznany")));
        mvc.perform(get("/katalog/znak")).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Obiady dla szkół")));
    }
}
