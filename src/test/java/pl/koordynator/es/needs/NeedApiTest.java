package pl.koordynator.es.needs;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.needs.NeedsFixtures.CZARNA_DABROWKA;
import static pl.koordynator.es.needs.NeedsFixtures.GDANSK;
import static pl.koordynator.es.needs.NeedsFixtures.GDYNIA;
import static pl.koordynator.es.needs.NeedsFixtures.input;

class NeedApiTest extends IntegrationTest {

    private static final String NEED = """
            {"category": "REINTEGRATION", "gminaTeryt": "2201032",
             "title": "Brak miejsc reintegracji w gminie Czarna Dąbrówka",
             "description": "Najbliższe CIS działa 25 km od gminy, bez dojazdu komunikacją publiczną."}""";

    @Autowired
    NeedsFixtures fixtures;

    @BeforeEach
    void forgetEvents() {
        fixtures.forgetChanges();
    }

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count() {
        return jdbc.sql("select count(*) from reported_need").query(Long.class).single();
    }

    @Test
    void aPesRepresentativeSubmitsANeedForTheirOrganisationAndItIsAudited() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna Jasień", CZARNA_DABROWKA);

        mvc.perform(json(post("/api/v1/needs").with(as(pes)), NEED))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/needs/")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.category").value("REINTEGRATION"))
                .andExpect(jsonPath("$.gminaTeryt").value(CZARNA_DABROWKA))
                .andExpect(jsonPath("$.organisationId").value(pes.organisationId()))
                .andExpect(jsonPath("$.organisationName").value("Spółdzielnia Socjalna Jasień"))
                .andExpect(jsonPath("$.submittedBy").value(pes.username()))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ReportedNeed' and action = 'CREATE'")
                .query(Long.class).single()).isOne();
        assertThat(fixtures.changes()).as("a waiting need changes nothing the public sees").isEmpty();
    }

    @Test
    void owesStaffLocalGovernmentsSocialAssistanceUnitsAndRopsSubmitToo() throws Exception {
        UserView owes = fixtures.member(Role.OWES, fixtures.organisation("OWES Subregionu Testowego", Kind.OWES, GDANSK));
        UserView gmina = fixtures.member(Role.PARTNER, fixtures.organisation("Urząd Gminy Czarna Dąbrówka", Kind.JST,
                CZARNA_DABROWKA));
        UserView ops = fixtures.member(Role.PARTNER, fixtures.organisation("Gminny Ośrodek Pomocy Społecznej",
                Kind.JSPS, CZARNA_DABROWKA));
        UserView rops = users.create("rops-" + System.nanoTime(), Role.ADMIN);

        for (UserView allowed : new UserView[] {owes, gmina, ops}) {
            mvc.perform(json(post("/api/v1/needs").with(as(allowed)), NEED)).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.organisationId").value(allowed.organisationId()));
        }
        mvc.perform(json(post("/api/v1/needs").with(as(rops)), NEED)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").doesNotExist())
                .andExpect(jsonPath("$.submittedBy").value(rops.username()));
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void committeeOtherPartnersMembersWithoutAnOrganisationAndVisitorsMayNotSubmit() throws Exception {
        UserView business = fixtures.member(Role.PARTNER, fixtures.organisation("Przedsiębiorstwo Bursztyn sp. z o.o.",
                Kind.BUSINESS, GDANSK));
        UserView committee = users.create("komitet-" + System.nanoTime(), Role.COMMITTEE);
        UserView pesWithoutOrganisation = users.create("pes-" + System.nanoTime(), Role.PES);
        UserView closedPes = fixtures.pesUser("Spółdzielnia Zamknięta", GDANSK);
        jdbc.sql("update organisation set status = 'CLOSED' where id = :id").param("id", closedPes.organisationId())
                .update();

        for (UserView refused : new UserView[] {business, committee, pesWithoutOrganisation, closedPes}) {
            mvc.perform(json(post("/api/v1/needs").with(as(refused)), NEED))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(json(post("/api/v1/needs"), NEED)).andExpect(status().isUnauthorized());
        assertThat(count()).isZero();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "category    | NULL                  | Wybierz kategorię.",
            "category    | FOOD                  | Wybierz kategorię z listy.",
            "gminaTeryt  | NULL                  | Wybierz gminę.",
            "gminaTeryt  | 1465011               | To nie jest gmina województwa.",
            "gminaTeryt  | 2201                  | To nie jest gmina województwa.",
            "title       | '   '                 | Podaj tytuł.",
            "title       | Brak                  | Tytuł musi mieć co najmniej 5 znaków.",
            "title       | LONG151               | Tytuł może mieć najwyżej 150 znaków.",
            "description | NULL                  | Opisz potrzebę.",
            "description | Za mało CIS.          | Opis musi mieć co najmniej 20 znaków.",
            "description | LONG4001              | Opis może mieć najwyżej 4000 znaków."})
    void everyBadValueIsRefusedNamingItsFieldInPolishAndNothingIsStored(String field, String value, String message)
            throws Exception {
        String json = """
                {"category": "EMPLOYMENT", "gminaTeryt": "2201032", "title": "Praca dla osób po kryzysie bezdomności",
                 "description": "W gminie brakuje pracodawców gotowych zatrudnić osoby po kryzysie bezdomności."}""";
        String replacement = value == null ? "null" : "\"" + switch (value) {
            case "LONG151" -> "T".repeat(151);
            case "LONG4001" -> "Ż".repeat(4001);
            default -> value;
        } + "\"";
        json = json.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + replacement);

        mvc.perform(json(post("/api/v1/needs").with(users.as(Role.ADMIN)), json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        assertThat(count()).isZero();
    }

    @Test
    void anEmptyNeedListsEveryFieldAndEnglishCallersReadEnglish() throws Exception {
        mvc.perform(json(post("/api/v1/needs").with(users.as(Role.ADMIN)).header("Accept-Language", "en"), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "gminaTeryt", "title",
                        "description")))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(hasItem("Enter a title.")));
    }

    @Test
    void titlesAreOneLineAndDescriptionsKeepTheirParagraphs() throws Exception {
        mvc.perform(json(post("/api/v1/needs").with(users.as(Role.ADMIN)), """
                        {"category": "care", "gminaTeryt": " 2261011 ", "title": "  Opieka \\n wytchnieniowa  ",
                         "description": "Pierwszy akapit opisu potrzeby.\\r\\n\\r\\nDrugi akapit.  "}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("CARE"))
                .andExpect(jsonPath("$.gminaTeryt").value(GDANSK))
                .andExpect(jsonPath("$.title").value("Opieka wytchnieniowa"))
                .andExpect(jsonPath("$.description").value("Pierwszy akapit opisu potrzeby.\n\nDrugi akapit."));
    }

    @Test
    void ropsPublishesAWaitingNeedAndEveryoneSeesItOnTheListAndTheMap() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Socjalna Kaszuby", CZARNA_DABROWKA);
        NeedView need = fixtures.submitted(pes, input(CZARNA_DABROWKA, "Brak klubu integracji społecznej"));
        mvc.perform(get("/api/v1/needs/" + need.id())).andExpect(status().isNotFound());

        mvc.perform(json(post("/api/v1/needs/" + need.id() + "/publish").with(users.as(Role.ADMIN)),
                        "{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.decidedAt").exists())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(get("/api/v1/needs/" + need.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Brak klubu integracji społecznej"))
                .andExpect(jsonPath("$.organisationName").value("Spółdzielnia Socjalna Kaszuby"))
                .andExpect(jsonPath("$.submittedBy").doesNotExist())
                .andExpect(jsonPath("$.decidedBy").doesNotExist());
        mvc.perform(get("/api/v1/needs")).andExpect(jsonPath("$.totalElements").value(1));
        assertThat(fixtures.changes()).containsExactly(new NeedsChanged(need.id(), CZARNA_DABROWKA,
                NeedStatus.PUBLISHED));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ReportedNeed' and action = 'UPDATE'")
                .query(Long.class).single()).isOne();

        mvc.perform(json(post("/api/v1/needs/" + need.id() + "/publish").with(users.as(Role.ADMIN)),
                "{\"version\": 1}")).andExpect(status().isConflict());
    }

    @Test
    void ropsRejectsWithAReasonThatOnlyTheReportingOrganisationReads() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Odrzucona", GDANSK);
        UserView colleague = fixtures.member(Role.PES, fixtures.organisation("Inna spółdzielnia", Kind.SOCIAL_COOPERATIVE,
                GDANSK));
        NeedView need = fixtures.submitted(pes, input(GDANSK, "Zakup samochodu dla spółdzielni"));
        String reject = "/api/v1/needs/" + need.id() + "/reject";

        mvc.perform(json(post(reject).with(users.as(Role.ADMIN)), "{\"version\": 0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Podaj uzasadnienie."));
        mvc.perform(json(post(reject).with(users.as(Role.ADMIN)), "{\"reason\": \"Nie\", \"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Uzasadnienie musi mieć co najmniej 5 znaków."));
        mvc.perform(json(post(reject).with(users.as(Role.ADMIN)), "{\"reason\": \"" + "x".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("reason", "version")));
        mvc.perform(json(post(reject).with(users.as(Role.ADMIN)),
                        "{\"reason\": \"Potrzeba jednej organizacji, nie gminy.\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Potrzeba jednej organizacji, nie gminy."));

        mvc.perform(get("/api/v1/needs/" + need.id()).with(as(pes))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rejectionReason").value("Potrzeba jednej organizacji, nie gminy."));
        mvc.perform(get("/api/v1/needs/" + need.id()).with(as(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/needs/" + need.id())).andExpect(status().isNotFound());
        mvc.perform(json(post(reject).with(users.as(Role.ADMIN)), "{\"reason\": \"Jeszcze raz.\", \"version\": 1}"))
                .andExpect(status().isConflict());
        assertThat(fixtures.changes()).as("the public never saw it").isEmpty();
    }

    @Test
    void ropsWithdrawsAPublishedNeedFromPublicationWithAReason() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Opublikowana", GDYNIA);
        NeedView need = fixtures.published(pes, input(GDYNIA, "Potrzeba do wycofania"));
        fixtures.forgetChanges();

        mvc.perform(json(post("/api/v1/needs/" + need.id() + "/reject").with(users.as(Role.ADMIN)),
                        "{\"reason\": \"Potrzeba została już zaspokojona.\", \"version\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));

        mvc.perform(get("/api/v1/needs")).andExpect(jsonPath("$.totalElements").value(0));
        assertThat(fixtures.changes()).containsExactly(new NeedsChanged(need.id(), GDYNIA, NeedStatus.REJECTED));
    }

    @Test
    void theReportingSideEditsAndWithdrawsWhileTheNeedWaitsAndNotAfter() throws Exception {
        OrganisationView cooperative = fixtures.organisation("Spółdzielnia Dwóch Członków", Kind.SOCIAL_COOPERATIVE,
                GDANSK);
        UserView author = fixtures.member(Role.PES, cooperative);
        UserView colleague = fixtures.member(Role.PES, cooperative);
        UserView stranger = fixtures.pesUser("Spółdzielnia Obca", GDANSK);
        NeedView need = fixtures.submitted(author, input(GDANSK, "Potrzeba do poprawienia"));
        String edit = """
                {"category": "HOUSING", "gminaTeryt": "2262011", "title": "Mieszkania treningowe w Gdyni",
                 "description": "Brakuje mieszkań treningowych dla wychowanków pieczy zastępczej.", "version": %d}""";

        mvc.perform(json(put("/api/v1/needs/" + need.id()).with(as(stranger)), edit.formatted(0)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/needs/" + need.id()).with(as(colleague)), edit.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Mieszkania treningowe w Gdyni"))
                .andExpect(jsonPath("$.gminaTeryt").value(GDYNIA))
                .andExpect(jsonPath("$.submittedBy").value(author.username()))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/needs/" + need.id()).with(as(author)), edit.formatted(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("zmieniony przez kogoś innego")));
        mvc.perform(json(put("/api/v1/needs/" + need.id()).with(as(author)), edit.replace(", \"version\": %d", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete("/api/v1/needs/" + need.id()).param("version", "0").with(as(author)))
                .andExpect(status().isConflict());

        mvc.perform(delete("/api/v1/needs/" + need.id()).param("version", "1").with(as(author)))
                .andExpect(status().isNoContent());
        assertThat(count()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ReportedNeed' and action = 'DELETE'")
                .query(Long.class).single()).isOne();

        NeedView published = fixtures.published(author, input(GDANSK, "Potrzeba już opublikowana"));
        mvc.perform(json(put("/api/v1/needs/" + published.id()).with(as(author)), edit.formatted(1)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("ROPS już rozpatrzył to zgłoszenie; nie można go zmienić ani wycofać."));
        mvc.perform(delete("/api/v1/needs/" + published.id()).with(as(author))).andExpect(status().isConflict());
        mvc.perform(json(put("/api/v1/needs/" + published.id()).with(as(stranger)), edit.formatted(1)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/needs/" + published.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void ropsCorrectsAWaitingNeedButRejectsRatherThanDeletesIt() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Z Literówką", GDANSK);
        NeedView need = fixtures.submitted(pes, input(GDANSK, "Potrzeba z literówkąą"));

        mvc.perform(json(put("/api/v1/needs/" + need.id()).with(users.as(Role.ADMIN)), """
                        {"category": "REINTEGRATION", "gminaTeryt": "2261011", "title": "Potrzeba z literówką",
                         "description": "Brakuje miejsc reintegracji dla osób długotrwale bezrobotnych.",
                         "version": 0}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Potrzeba z literówką"));
        mvc.perform(delete("/api/v1/needs/" + need.id()).with(users.as(Role.ADMIN))).andExpect(status().isForbidden());
        assertThat(count()).isOne();
    }

    @Test
    void visitorsSeePublishedNeedsMembersAlsoTheirOrganisationsAndRopsAll() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Widoczna", GDANSK);
        UserView other = fixtures.pesUser("Spółdzielnia Sąsiednia", GDYNIA);
        NeedView published = fixtures.published(other, input(GDYNIA, "Opublikowana potrzeba Gdyni"));
        NeedView waiting = fixtures.submitted(pes, input(GDANSK, "Nasza oczekująca potrzeba"));
        NeedView othersWaiting = fixtures.submitted(other, input(GDYNIA, "Cudza oczekująca potrzeba"));
        fixtures.rejected(pes, input(GDANSK, "Nasza odrzucona potrzeba"), "Nie dotyczy gminy.");

        mvc.perform(get("/api/v1/needs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(published.id()));
        mvc.perform(get("/api/v1/needs").with(users.as(Role.COMMITTEE)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/needs").with(as(pes)))
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[*].title", containsInAnyOrder("Opublikowana potrzeba Gdyni",
                        "Nasza oczekująca potrzeba", "Nasza odrzucona potrzeba")));
        mvc.perform(get("/api/v1/needs").param("own", "true").with(as(pes)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/needs").param("own", "true"))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/needs").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.totalElements").value(4));
        mvc.perform(get("/api/v1/needs/" + othersWaiting.id()).with(as(pes))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/needs/" + waiting.id()).with(as(pes))).andExpect(status().isOk())
                .andExpect(jsonPath("$.submittedBy").value(pes.username()));
        mvc.perform(get("/api/v1/needs/" + waiting.id()).with(users.as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void theListFiltersByGminaCategoryAndStatusAndPages() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Filtrowana", GDANSK);
        for (int i = 1; i <= 3; i++) {
            fixtures.published(pes, input(GDANSK, "Potrzeba Gdańska numer " + i));
        }
        fixtures.published(pes, new pl.koordynator.es.needs.domain.NeedInput("HOUSING", GDYNIA, "Mieszkania w Gdyni",
                "Brakuje mieszkań wspomaganych dla osób z niepełnosprawnością.", null));
        fixtures.submitted(pes, input(GDANSK, "Potrzeba oczekująca"));

        mvc.perform(get("/api/v1/needs").param("gmina", GDANSK)).andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/needs").param("category", "HOUSING"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].gminaTeryt").value(GDYNIA));
        mvc.perform(get("/api/v1/needs").param("status", "SUBMITTED").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/needs").param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(2));
        mvc.perform(get("/api/v1/needs").param("category", "FOOD"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(get("/api/v1/needs").param("gmina", "22"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("gmina"));
    }

    @Test
    void publishAndRejectNeedTheVersionAndAStaleOneGives409() throws Exception {
        UserView pes = fixtures.pesUser("Spółdzielnia Wersji", GDANSK);
        NeedView need = fixtures.submitted(pes, input(GDANSK, "Potrzeba w wersji zero"));
        mvc.perform(post("/api/v1/needs/" + need.id() + "/publish").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        fixtures.submitted(pes, input(GDANSK, "Inna potrzeba"));
        jdbc.sql("update reported_need set version = version + 1 where id = :id").param("id", need.id()).update();

        mvc.perform(json(post("/api/v1/needs/" + need.id() + "/publish").with(users.as(Role.ADMIN)),
                "{\"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(json(post("/api/v1/needs/" + need.id() + "/reject").with(users.as(Role.ADMIN)),
                "{\"reason\": \"Powód odrzucenia\", \"version\": 0}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/needs/" + need.id()).with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }
}
