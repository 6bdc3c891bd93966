package pl.koordynator.es.networks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.networks.domain.NetworkInput;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworkView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ROPS creating and changing a network in its pages, and a network's meetings linked from its page. */
class NetworkAdminPagesTest extends IntegrationTest {

    @Autowired
    NetworksFixtures fixtures;

    @Autowired
    NetworkService networks;

    OrganisationView coordinator;
    NetworkView network;
    UserView rops;

    @BeforeEach
    void aNetwork() {
        coordinator = fixtures.organisation("Ośrodek Wsparcia Ekonomii Społecznej Subregionu Słupskiego", Kind.OWES,
                NetworksFixtures.GDANSK);
        network = networks.createAtStartup(new NetworkInput("Sieć OWES Pomorza", "OWES", "Cztery OWES regionu.",
                "REGION", null, List.of(), coordinator.id(), "01.01.2020", null, "ACTIVE", true, null));
        rops = fixtures.user(Role.ADMIN, null);
    }

    @Test
    void ropsCreatesANetworkWithACoordinatorPickedFromTheRegister() throws Exception {
        assertThat(page(get("/networks").with(as(rops)))).contains("/admin/networks/new");
        assertThat(page(get("/admin/networks/new").with(as(rops)))).contains("name=\"coordinatorName\"", "role=\"combobox\"");

        var response = mvc.perform(post("/admin/networks").with(csrf()).with(as(rops))
                        .param("name", "Pomorska Sieć Spółdzielni Gastronomicznych").param("kind", "PES_BRANCH")
                        .param("territory", "POWIATS").param("powiatTeryts", "2261", "2262")
                        .param("coordinatorName", coordinator.name()).param("foundedOn", "15.03.2024").param("_publicNetwork", "on")
                        .param("status", "ACTIVE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();

        long id = jdbc.sql("select id from network where name = 'Pomorska Sieć Spółdzielni Gastronomicznych'")
                .query(Long.class).single();
        assertThat(response.getRedirectedUrl()).isEqualTo("/networks/" + id);
        String html = page(get("/networks/" + id).with(as(rops)));
        assertThat(html).contains("od 15.03.2024")
                .contains(coordinator.name()).contains("2261, ").contains("2262");
        // the form's public box was left unticked: an internal network, hidden from visitors
        assertThat(page(get("/networks"))).doesNotContain("Pomorska Sieć Spółdzielni Gastronomicznych");
    }

    @Test
    void endedBeforeFoundedIsRefusedInPolishBesideTheFieldAndNothingChanges() throws Exception {
        Map<String, Object> before = row(network.id());

        String html = page(post("/admin/networks/" + network.id()).with(csrf()).with(as(rops))
                .param("name", "Sieć OWES Pomorza – nowa nazwa").param("kind", "OWES").param("territory", "REGION")
                .param("coordinatorId", String.valueOf(coordinator.id())).param("coordinatorName", coordinator.name())
                .param("foundedOn", "01.06.2024").param("endedOn", "31.05.2024").param("status", "ENDED")
                .param("publicNetwork", "true").param("version", String.valueOf(network.version())));

        assertThat(html).contains("id=\"endedOn-error\"")
                .contains("Data zakończenia nie może być wcześniejsza niż data założenia.")
                .contains("aria-invalid=\"true\"").contains("value=\"Sieć OWES Pomorza &ndash; nowa nazwa\"");
        assertThat(row(network.id())).isEqualTo(before);
        assertThat(page(get("/networks"))).contains("Sieć OWES Pomorza").doesNotContain("nowa nazwa");
    }

    @Test
    void aGoodEditShowsOnTheListAndAStaleOneIsRefused() throws Exception {
        String form = page(get("/admin/networks/" + network.id() + "/edit").with(as(rops)));
        assertThat(form).contains("value=\"Sieć OWES Pomorza\"").contains("value=\"01.01.2020\"")
                .contains("name=\"version\" value=\"" + network.version() + "\"");

        mvc.perform(post("/admin/networks/" + network.id()).with(csrf()).with(as(rops))
                        .param("name", "Sieć Ośrodków Wsparcia Ekonomii Społecznej").param("kind", "OWES")
                        .param("territory", "REGION").param("description", "Cztery OWES regionu.")
                        .param("coordinatorId", String.valueOf(coordinator.id())).param("coordinatorName", coordinator.name())
                        .param("foundedOn", "01.01.2020").param("status", "SUSPENDED").param("publicNetwork", "true")
                        .param("version", String.valueOf(network.version())))
                .andExpect(status().is3xxRedirection());

        String list = page(get("/networks"));
        assertThat(list).contains("Sieć Ośrodków Wsparcia Ekonomii Społecznej").doesNotContain("Sieć OWES Pomorza<");
        assertThat(page(get("/networks/" + network.id()))).contains("Zawieszona");

        // a second tab still holding the first version
        String stale = page(post("/admin/networks/" + network.id()).with(csrf()).with(as(rops))
                .param("name", "Nazwa z nieaktualnej karty").param("kind", "OWES").param("territory", "REGION")
                .param("status", "ACTIVE").param("publicNetwork", "true")
                .param("version", String.valueOf(network.version())));
        assertThat(stale).contains("Rekord został w międzyczasie zmieniony");
        assertThat(page(get("/networks"))).doesNotContain("Nazwa z nieaktualnej karty");
    }

    @Test
    void onlyRopsOpensTheNetworkForms() throws Exception {
        UserView staff = fixtures.user(Role.OWES, coordinator);
        mvc.perform(get("/admin/networks/new").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/networks/" + network.id()).with(csrf()).with(as(staff)).param("name", "Przejęta")
                .param("kind", "OTHER").param("version", String.valueOf(network.version())))
                .andExpect(status().isForbidden());
        assertThat(row(network.id()).get("name")).isEqualTo("Sieć OWES Pomorza");
        // the page offers the edit to ROPS only
        assertThat(page(get("/networks/" + network.id()).with(as(rops)))).contains("/admin/networks/" + network.id() + "/edit");
        assertThat(page(get("/networks/" + network.id()).with(as(staff)))).doesNotContain("/admin/networks/");
    }

    @Test
    void theCoordinatorLinksANetworkMeetingOfTheCalendarAndNotAnotherKindOfEvent() throws Exception {
        UserView staff = fixtures.user(Role.OWES, coordinator);
        long meeting = fixtures.event("NETWORK_MEETING", LocalDate.now().minusDays(3));
        long training = fixtures.event("TRAINING", LocalDate.now().minusDays(2));

        String html = page(get("/networks/" + network.id()).with(as(staff)));
        String picker = between(html, "id=\"eventId\"", "</select>");
        assertThat(picker).contains("value=\"" + meeting + "\"").doesNotContain("value=\"" + training + "\"");
        assertThat(page(get("/networks/" + network.id()))).doesNotContain("id=\"eventId\"");

        mvc.perform(post("/networks/" + network.id() + "/meetings").with(csrf()).with(as(staff))
                .param("eventId", String.valueOf(training))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from network_meeting").query(Long.class).single()).isZero();

        mvc.perform(post("/networks/" + network.id() + "/meetings").with(csrf()).with(as(fixtures.user(Role.PES,
                fixtures.pes("Spółdzielnia Socjalna „Obok”", NetworksFixtures.GDYNIA))))
                .param("eventId", String.valueOf(meeting))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from network_meeting").query(Long.class).single()).isZero();

        mvc.perform(post("/networks/" + network.id() + "/meetings").with(csrf()).with(as(staff))
                .param("eventId", String.valueOf(meeting))).andExpect(status().is3xxRedirection());
        String after = page(get("/networks/" + network.id()).with(as(staff)));
        assertThat(between(after, "id=\"meetings-table\"", "</table>")).contains("/events/" + meeting);
        // linked once, it is offered no more
        assertThat(between(after, "id=\"eventId\"", "</select>")).doesNotContain("value=\"" + meeting + "\"");
    }

    @Test
    void aMeetingOfAnotherKindIsRefusedWithItsMessage() throws Exception {
        long training = fixtures.event("TRAINING", LocalDate.now().minusDays(2));
        var flash = mvc.perform(post("/networks/" + network.id() + "/meetings").with(csrf()).with(as(rops))
                .param("eventId", String.valueOf(training))).andReturn().getFlashMap();
        assertThat(flash.get("meetingError")).isEqualTo("networks.meeting.notNetworkMeeting");
        assertThat(jdbc.sql("select count(*) from network_meeting").query(Long.class).single()).isZero();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select name, kind, status, founded_on, ended_on, public_network, version from network where id = :id")
                .param("id", id).query().singleRow();
    }

    private RequestPostProcessor as(UserView account) {
        return user(users.principal(account));
    }

    private String page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }
}
