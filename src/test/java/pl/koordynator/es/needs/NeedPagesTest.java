package pl.koordynator.es.needs;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.needs.NeedsFixtures.CZARNA_DABROWKA;
import static pl.koordynator.es.needs.NeedsFixtures.GDANSK;
import static pl.koordynator.es.needs.NeedsFixtures.GDYNIA;
import static pl.koordynator.es.needs.NeedsFixtures.input;

class NeedPagesTest extends IntegrationTest {

    @Autowired
    NeedsFixtures fixtures;

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private long count() {
        return jdbc.sql("select count(*) from reported_need").query(Long.class).single();
    }

    @Test
    void visitorsSeeThePublishedNeedsFilteredByGminaAndCategoryWithoutTheReportButton() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna Przystań", GDANSK);
        fixtures.published(pes, input(GDANSK, "Klub integracji w Gdańsku"));
        fixtures.published(pes, new pl.koordynator.es.needs.domain.NeedInput("HOUSING", GDYNIA,
                "Mieszkania wspomagane w Gdyni", "Brakuje mieszkań wspomaganych dla dorosłych osób.", null));
        fixtures.submitted(pes, input(GDANSK, "Oczekująca potrzeba Gdańska"));

        mvc.perform(get("/needs"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Zgłoszone potrzeby"),
                        containsString("Klub integracji w Gdańsku"), containsString("Mieszkania wspomagane w Gdyni"),
                        containsString("Liczba potrzeb: 2"), containsString("gm. Gdańsk, pow. Gdańsk"),
                        containsString("Spółdzielnia Socjalna Przystań"), containsString("<optgroup label=\"pow. bytowski\">"),
                        containsString("href=\"/needs\" aria-current=\"page\""))))
                .andExpect(content().string(not(containsString("Oczekująca potrzeba"))))
                .andExpect(content().string(not(containsString("Zgłoś potrzebę"))))
                .andExpect(content().string(not(containsString("id=\"status\""))));
        mvc.perform(get("/needs").param("gmina", GDYNIA))
                .andExpect(content().string(allOf(containsString("Liczba potrzeb: 1"),
                        containsString("Mieszkania wspomagane w Gdyni"))));
        mvc.perform(get("/needs").param("category", "REINTEGRATION"))
                .andExpect(content().string(allOf(containsString("Liczba potrzeb: 1"),
                        containsString("Klub integracji w Gdańsku"), containsString("Reintegracja społeczna i zawodowa"))));
    }

    @Test
    void reportersStartWithTheirOrganisationsReportsAndMaySwitchToAllNeeds() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Nasza", GDANSK);
        UserView other = fixtures.pesUser("Spółdzielnia Cudza", GDYNIA);
        fixtures.submitted(pes, input(GDANSK, "Nasza oczekująca potrzeba"));
        fixtures.published(other, input(GDYNIA, "Cudza opublikowana potrzeba"));
        fixtures.submitted(other, input(GDYNIA, "Cudza oczekująca potrzeba"));

        mvc.perform(get("/needs").with(as(pes)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Zgłoszenia mojej organizacji"),
                        containsString("Nasza oczekująca potrzeba"), containsString("Do rozpatrzenia"),
                        containsString("Zgłoś potrzebę"), containsString("Liczba potrzeb: 1"))))
                .andExpect(content().string(not(containsString("Cudza"))));
        mvc.perform(get("/needs").param("own", "false").with(as(pes)))
                .andExpect(content().string(allOf(containsString("Liczba potrzeb: 2"),
                        containsString("Cudza opublikowana potrzeba"), containsString("Nasza oczekująca potrzeba"))))
                .andExpect(content().string(not(containsString("Cudza oczekująca potrzeba"))));
    }

    @Test
    void ropsSeesEveryNeedAndHowManyWait() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Oczekująca", GDANSK);
        fixtures.submitted(pes, input(GDANSK, "Pierwsza oczekująca"));
        fixtures.submitted(pes, input(GDYNIA, "Druga oczekująca"));
        fixtures.published(pes, input(GDANSK, "Już opublikowana"));

        mvc.perform(get("/needs").with(users.as(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("Do rozpatrzenia: 2"),
                        containsString("Liczba potrzeb: 3"), containsString("href=\"/needs?status=SUBMITTED\""))))
                .andExpect(content().string(not(containsString("Zgłoszenia mojej organizacji"))));
        mvc.perform(get("/needs").param("status", "SUBMITTED").with(users.as(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("Liczba potrzeb: 2"),
                        not(containsString("Już opublikowana")))));
    }

    @Test
    void theFormShowsPolishErrorsBesideTheFieldsWithASummaryAndSavesNothing() throws Exception {
        UserView gmina = fixtures.member(Role.PARTNER, fixtures.organisation("Urząd Gminy Czarna Dąbrówka", Kind.JST,
                CZARNA_DABROWKA));
        mvc.perform(get("/needs/new").with(as(gmina)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Zgłaszasz w imieniu organizacji: Urząd Gminy Czarna Dąbrówka."),
                        containsString("<optgroup label=\"pow. bytowski\">"),
                        containsString("Czarna Dąbrówka (wiejska)"), containsString("Zatrudnienie"))));

        mvc.perform(post("/needs").with(as(gmina)).with(csrf())
                        .param("category", "").param("gminaTeryt", "1465011").param("title", "Brak")
                        .param("description", "Za krótki opis."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Formularz zawiera błędy. Popraw zaznaczone pola:"),
                        containsString("id=\"category-error\""), containsString("Wybierz kategorię."),
                        containsString("To nie jest gmina województwa."),
                        containsString("Tytuł musi mieć co najmniej 5 znaków."),
                        containsString("Opis musi mieć co najmniej 20 znaków."),
                        containsString("href=\"#title\""), containsString("aria-invalid=\"true\""),
                        containsString("value=\"Brak\""))));
        assertThat(count()).isZero();

        mvc.perform(post("/needs").with(as(gmina)).with(csrf())
                        .param("category", "REINTEGRATION").param("gminaTeryt", CZARNA_DABROWKA)
                        .param("title", "Brak miejsc reintegracji w gminie")
                        .param("description", "Najbliższe CIS działa 25 km od gminy, bez dojazdu."))
                .andExpect(redirectedUrlPattern("/needs/*"))
                .andExpect(flash().attribute("message", "needs.submitted"));
        assertThat(jdbc.sql("select organisation_name from reported_need").query(String.class).single())
                .isEqualTo("Urząd Gminy Czarna Dąbrówka");
    }

    @Test
    void onlyThoseWhoReportNeedsGetTheForm() throws Exception {
        UserView business = fixtures.member(Role.PARTNER, fixtures.organisation("Firma Bursztyn", Kind.BUSINESS,
                GDANSK));
        mvc.perform(get("/needs/new").with(as(business))).andExpect(status().isForbidden());
        mvc.perform(get("/needs/new").with(users.as(Role.COMMITTEE))).andExpect(status().isForbidden());
        mvc.perform(post("/needs").with(users.as(Role.COMMITTEE)).with(csrf()).param("title", "Potrzeba komitetu"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/needs/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/needs/new").with(as(fixtures.member(Role.OWES,
                fixtures.organisation("OWES Pomorze", Kind.OWES, GDANSK))))).andExpect(status().isOk());
        assertThat(count()).isZero();
    }

    @Test
    void theReporterEditsAndWithdrawsAWaitingNeedFromItsPage() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Edytująca", GDANSK);
        NeedView need = fixtures.submitted(pes, input(GDANSK, "Potrzeba do edycji"));

        mvc.perform(get("/needs/" + need.id()).with(as(pes)))
                .andExpect(content().string(allOf(containsString("Edytuj zgłoszenie"),
                        containsString("Wycofaj zgłoszenie"), containsString("czeka na decyzję ROPS"),
                        containsString("Historia zmian"))))
                .andExpect(content().string(not(containsString("Opublikuj"))));
        mvc.perform(get("/needs/" + need.id() + "/edit").with(as(pes)))
                .andExpect(content().string(allOf(containsString("Edycja zgłoszenia"),
                        containsString("value=\"Potrzeba do edycji\""))));
        mvc.perform(post("/needs/" + need.id()).with(as(pes)).with(csrf())
                        .param("category", "CARE").param("gminaTeryt", GDANSK).param("title", "Potrzeba po edycji")
                        .param("description", "Opis potrzeby po poprawieniu przez spółdzielnię.")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/needs/" + need.id()));
        mvc.perform(post("/needs/" + need.id()).with(as(pes)).with(csrf())
                        .param("category", "CARE").param("gminaTeryt", GDANSK).param("title", "Starsza wersja")
                        .param("description", "Opis potrzeby po poprawieniu przez spółdzielnię.")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rekord został w międzyczasie zmieniony przez kogoś innego.")));
        assertThat(jdbc.sql("select title from reported_need").query(String.class).single())
                .isEqualTo("Potrzeba po edycji");

        mvc.perform(post("/needs/" + need.id() + "/withdraw").with(as(pes)).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/needs"))
                .andExpect(flash().attribute("message", "needs.withdrawn"));
        assertThat(count()).isZero();
    }

    @Test
    void ropsPublishesAndRejectsFromTheNeedsPageAndAMissingReasonIsShownBesideTheField() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Rozpatrywana", GDANSK);
        NeedView toPublish = fixtures.submitted(pes, input(GDANSK, "Potrzeba do publikacji"));
        NeedView toReject = fixtures.submitted(pes, input(GDANSK, "Potrzeba do odrzucenia"));

        mvc.perform(get("/needs/" + toPublish.id()).with(users.as(Role.ADMIN)))
                .andExpect(content().string(allOf(containsString("Opublikuj"), containsString("Odrzuć zgłoszenie"),
                        containsString("Edytuj zgłoszenie"), containsString("<label for=\"reason\""))))
                .andExpect(content().string(not(containsString("Wycofaj zgłoszenie"))));
        mvc.perform(post("/needs/" + toPublish.id() + "/publish").with(users.as(Role.ADMIN)).with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/needs/" + toPublish.id()))
                .andExpect(flash().attribute("message", "needs.publishedMessage"));
        mvc.perform(get("/needs/" + toPublish.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Potrzeba do publikacji"),
                        containsString("Data publikacji"), containsString("Spółdzielnia Rozpatrywana"))))
                .andExpect(content().string(not(containsString(pes.username()))))
                .andExpect(content().string(not(containsString("Historia zmian"))));
        mvc.perform(get("/needs/" + toPublish.id()).with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Wycofaj z publikacji")));

        mvc.perform(post("/needs/" + toReject.id() + "/reject").with(users.as(Role.ADMIN)).with(csrf())
                        .param("reason", " ").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reason-error\""),
                        containsString("Podaj uzasadnienie."))));
        mvc.perform(post("/needs/" + toReject.id() + "/reject").with(users.as(Role.ADMIN)).with(csrf())
                        .param("reason", "Potrzeba jednej organizacji.").param("version", "0"))
                .andExpect(redirectedUrl("/needs/" + toReject.id()));
        mvc.perform(get("/needs/" + toReject.id()).with(as(pes)))
                .andExpect(content().string(allOf(containsString("Uzasadnienie odrzucenia"),
                        containsString("Potrzeba jednej organizacji."), containsString("Odrzucona"))))
                .andExpect(content().string(not(containsString("Edytuj zgłoszenie"))));
        mvc.perform(get("/needs/" + toReject.id() + "/edit").with(as(pes)))
                .andExpect(redirectedUrl("/needs/" + toReject.id()))
                .andExpect(flash().attribute("error", "needs.conflict.decided"));
    }

    @Test
    void aWaitingNeedDoesNotExistForVisitorsAndOtherOrganisations() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Ukryta", GDANSK);
        UserView other = fixtures.pesUser("Spółdzielnia Ciekawska", GDANSK);
        NeedView need = fixtures.submitted(pes, input(GDANSK, "Potrzeba niewidoczna"));

        mvc.perform(get("/needs/" + need.id())).andExpect(status().isNotFound());
        mvc.perform(get("/needs/" + need.id()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/needs/" + need.id() + "/edit").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/needs/" + need.id() + "/withdraw").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count()).isOne();
    }

    @Test
    void theMenuLinksTheNeedsForEveryone() throws Exception {
        // in the "Rejestr i mapa" menu, beside the register and the map
        mvc.perform(get("/organisations"))
                .andExpect(content().string(containsString("href=\"/needs\">Zgłoszone potrzeby</a>")));
        mvc.perform(get("/needs").param("lang", "en"))
                .andExpect(content().string(allOf(containsString(">Reported needs</a>"), containsString("Register and map"))));
    }
}
