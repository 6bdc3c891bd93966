package pl.koordynator.es.registry;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
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

class OrganisationApiTest extends IntegrationTest {

    private static final String COOPERATIVE = """
            {"name": "Spółdzielnia Socjalna Kaszubskie Smaki", "kind": "SOCIAL_COOPERATIVE",
             "nip": "526-025-09-95", "regon": "012 345 675", "krs": "0000-123-456", "gminaTeryt": "2201012",
             "street": "ul. Leśna 5", "postalCode": "77100", "town": "Borzytuchom", "email": "biuro@smaki.example",
             "fieldsOfActivity": ["CATERING", "Turystyka i hotelarstwo"], "employees": 8, "employeesAtRisk": 4}
            """;

    @Autowired
    RegistryFixtures fixtures;

    @Test
    void adminCreatesAnOrganisationWithNormalisedIdentifiersAnd201Location() throws Exception {
        String location = mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(COOPERATIVE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/organisations/")))
                .andExpect(jsonPath("$.nip").value("5260250995"))
                .andExpect(jsonPath("$.regon").value("012345675"))
                .andExpect(jsonPath("$.krs").value("0000123456"))
                .andExpect(jsonPath("$.postalCode").value("77-100"))
                .andExpect(jsonPath("$.fieldsOfActivity[0]").value("CATERING"))
                .andExpect(jsonPath("$.fieldsOfActivity[1]").value("TOURISM"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Spółdzielnia Socjalna Kaszubskie Smaki"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Organisation' and action = 'CREATE'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void brokenIdentifiersAreRefusedFieldByFieldInPolishAndNothingIsStored() throws Exception {
        String broken = COOPERATIVE.replace("526-025-09-95", "526-025-09-94").replace("012 345 675", "12345")
                .replace("0000-123-456", "123456789").replace("77100", "7-7100").replace("biuro@smaki.example", "biuro@");
        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].message").value(hasItem(containsString("cyfra kontrolna"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'regon')].message").value(hasItem(containsString("9 lub 14 cyfr"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'krs')].message").value(hasItem(containsString("10 cyfr"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'postalCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();
    }

    @Test
    void englishCallersGetEnglishMessages() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(COOPERATIVE.replace("526-025-09-95", "1234567890")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("check digit")));
    }

    @Test
    void aPesNeedsAGminaOfTheRegion() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(COOPERATIVE.replace("\"gminaTeryt\": \"2201012\",", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gminaTeryt"));
        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(COOPERATIVE.replace("2201012", "1465011")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("gminaTeryt"))
                .andExpect(jsonPath("$.errors[0].message").value("To nie jest gmina województwa."));
    }

    @Test
    void aNumberAlreadyInTheRegisterGives409NamingAndLinkingTheHolder() throws Exception {
        OrganisationView holder = fixtures.create(RegistryFixtures.withNip(
                RegistryFixtures.pes("Fundacja Pierwsza", "2261011"), "5260250995"));

        mvc.perform(post("/api/v1/organisations").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(COOPERATIVE))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Fundacja Pierwsza")))
                .andExpect(jsonPath("$.field").value("nip"))
                .andExpect(jsonPath("$.existingId").value(holder.id()))
                .andExpect(jsonPath("$.existing").value("/api/v1/organisations/" + holder.id()));
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isOne();
    }

    @Test
    void aStaleVersionGives409AndKeepsTheNewerData() throws Exception {
        OrganisationView created = fixtures.create(RegistryFixtures.pes("Spółdzielnia Wersja", "2261011"));
        String update = """
                {"name": "%s", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011", "version": %d}""";
        mvc.perform(put("/api/v1/organisations/" + created.id()).with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(update.formatted("Nowa nazwa", 0)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/organisations/" + created.id()).with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(update.formatted("Starsza edycja", 0)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(fixtures.create(RegistryFixtures.pes("x", "2261011")).id()).isPositive();
        mvc.perform(get("/api/v1/organisations/" + created.id())).andExpect(jsonPath("$.name").value("Nowa nazwa"));
        mvc.perform(put("/api/v1/organisations/" + created.id()).with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Bez wersji", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void deleteClosesAndKeepsTheRecordWithItsHistory() throws Exception {
        OrganisationView created = fixtures.create(RegistryFixtures.pes("Spółdzielnia Do Zamknięcia", "2261011"));
        mvc.perform(delete("/api/v1/organisations/" + created.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/organisations/" + created.id()).with(users.as(Role.COMMITTEE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/organisations/" + created.id())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = :id and entity_type = 'Organisation'")
                .param("id", String.valueOf(created.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void searchIgnoresPolishLettersAndFiltersByGminaPowiatAndKind() throws Exception {
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Żuławy", "2206011"));
        fixtures.create(RegistryFixtures.pes("Stowarzyszenie Łąki", "2261011"));
        OrganisationInput ngo = RegistryFixtures.pes("Fundacja Gdańska", "2261011");
        fixtures.create(new OrganisationInput(ngo.name(), null, Kind.NGO, null, null, null, "2261011", null, null,
                null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null));

        mvc.perform(get("/api/v1/organisations").param("q", "spoldzielnia zulawy"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Spółdzielnia Socjalna Żuławy"));
        mvc.perform(get("/api/v1/organisations").param("q", "LAKI"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/organisations").param("gminaTeryt", "2261011"))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/organisations").param("powiatTeryt", "2206"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/organisations").param("kind", "NGO"))
                .andExpect(jsonPath("$.content[0].name").value("Fundacja Gdańska"));
        mvc.perform(get("/api/v1/organisations").param("kind", "SPOLDZIELNIA"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
    }

    @Test
    void aBroadSearchCountsUpToTheCapAndSaysItsTotalIsNotExact() throws Exception {
        fixtures.manyNamed("Bursztyn", 1050);
        fixtures.create(RegistryFixtures.pes("Fundacja Inna", "2261011"));

        List<String> statements = SqlStatements.of(() -> mvc.perform(get("/api/v1/organisations").param("q", "bursztyn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1000))
                .andExpect(jsonPath("$.totalExact").value(false))
                .andExpect(jsonPath("$.totalPages").value(40))
                .andExpect(jsonPath("$.content.length()").value(25))
                .andExpect(jsonPath("$.content[0].name").value("Spółdzielnia Socjalna Bursztyn 0001")));
        // of the register, counting and the page, nothing else: what bench's pgbench script runs for the same
        // question (besides them only the rate limit's bucket and the kept answers' change count)
        List<String> register = statements.stream().filter(sql -> sql.contains("from organisation o")).toList();
        assertThat(register).hasSize(2);
        assertThat(register.get(0)).startsWith("select count(*) from (select 1 from organisation o").endsWith("limit ?) c");
        assertThat(register.get(1)).startsWith("select o.id").endsWith("order by lower(o.name), o.id limit ? offset ?");

        // paging on past the cap: the count always covers the page after the one asked for
        mvc.perform(get("/api/v1/organisations").param("q", "bursztyn").param("page", "39"))
                .andExpect(jsonPath("$.totalElements").value(1025))
                .andExpect(jsonPath("$.totalExact").value(false))
                .andExpect(jsonPath("$.totalPages").value(41))
                .andExpect(jsonPath("$.content[0].name").value("Spółdzielnia Socjalna Bursztyn 0976"));
        mvc.perform(get("/api/v1/organisations").param("q", "bursztyn").param("page", "41"))
                .andExpect(jsonPath("$.totalElements").value(1050))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.totalPages").value(42))
                .andExpect(jsonPath("$.content.length()").value(25))
                .andExpect(jsonPath("$.content[24].name").value("Spółdzielnia Socjalna Bursztyn 1050"));

        // fewer matches than the cap: the exact total as before, and the few matches sorted rather than found by
        // walking the index on names
        List<String> few = SqlStatements.of(() -> mvc.perform(get("/api/v1/organisations").param("q", "bursztyn 0007"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.content[0].name").value("Spółdzielnia Socjalna Bursztyn 0007")));
        assertThat(few.stream().filter(sql -> sql.contains("from organisation o")).toList()).hasSize(2)
                .last().asString().startsWith("with matches as materialized (select o.* from organisation o");
        mvc.perform(get("/api/v1/organisations").param("q", "bursztyn").param("page", "50"))
                .andExpect(jsonPath("$.totalElements").value(1050))
                .andExpect(jsonPath("$.content.length()").value(0));
        mvc.perform(get("/api/v1/organisations").param("q", "fundacja"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.totalExact").value(true));
        // exports stay complete
        String csv = mvc.perform(get("/organisations/export.csv").param("q", "bursztyn"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1051);
        // and the API's description tells scripts what a total that is not exact means
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Matches are counted up to max(1000")))
                .andExpect(content().string(containsString("\"totalExact\"")));
    }

    @Test
    void aRepeatedSearchShowsEveryChangeMadeSinceTheLastOne() throws Exception {
        OrganisationView first = fixtures.create(RegistryFixtures.pes("Spółdzielnia Socjalna Mewa", "2261011"));
        mvc.perform(get("/api/v1/organisations").param("q", "mewa"))
                .andExpect(jsonPath("$.totalElements").value(1));
        // the same question again is answered from the kept page; each change below must end it
        mvc.perform(get("/api/v1/organisations").param("q", "mewa"))
                .andExpect(jsonPath("$.totalElements").value(1));

        fixtures.create(RegistryFixtures.pes("Stowarzyszenie Mewa Gdańska", "2261011"));
        mvc.perform(get("/api/v1/organisations").param("q", "mewa"))
                .andExpect(jsonPath("$.totalElements").value(2));

        mvc.perform(delete("/api/v1/organisations/" + first.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").param("q", "mewa"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Stowarzyszenie Mewa Gdańska"));

        // a correction made in the database directly is seen as well
        jdbc.sql("update organisation set name = 'Stowarzyszenie Rybitwa' where name = 'Stowarzyszenie Mewa Gdańska'")
                .update();
        mvc.perform(get("/api/v1/organisations").param("q", "mewa"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void anonymousReadersSeeOnlyActivePes() throws Exception {
        fixtures.create(RegistryFixtures.pes("Spółdzielnia Widoczna", "2261011"));
        OrganisationView owes = fixtures.owes("OWES Niewidoczny", "2261011");

        mvc.perform(get("/api/v1/organisations")).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Spółdzielnia Widoczna"));
        mvc.perform(get("/api/v1/organisations/" + owes.id())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations").with(users.as(Role.PES))).andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void owesRegistersAndEditsPesOfItsSubregionOnly() throws Exception {
        OrganisationView owes = fixtures.owes("OWES Słupsk", "2263011");
        fixtures.subregion("Subregion słupski", owes.id(), "2212", "2263");
        UserView adviser = users.create("doradca-" + System.nanoTime(), Role.OWES, owes.id());
        String inSlupsk = """
                {"name": "Spółdzielnia Słupska", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2263011"}""";
        String inGdansk = """
                {"name": "Spółdzielnia Gdańska", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011"}""";
        String aBusiness = """
                {"name": "Firma Słupska", "kind": "BUSINESS", "gminaTeryt": "2263011"}""";

        mvc.perform(post("/api/v1/organisations").with(user(users.principal(adviser)))
                .contentType(MediaType.APPLICATION_JSON).content(inSlupsk)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.owesId").value(owes.id()));
        mvc.perform(post("/api/v1/organisations").with(user(users.principal(adviser)))
                .contentType(MediaType.APPLICATION_JSON).content(inGdansk)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations").with(user(users.principal(adviser)))
                .contentType(MediaType.APPLICATION_JSON).content(aBusiness)).andExpect(status().isForbidden());

        OrganisationView gdansk = fixtures.create(RegistryFixtures.pes("Spółdzielnia Gdańska", "2261011"));
        mvc.perform(put("/api/v1/organisations/" + gdansk.id()).with(user(users.principal(adviser)))
                .contentType(MediaType.APPLICATION_JSON).content(inGdansk.replace("}", ", \"version\": 0}")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/organisations/" + gdansk.id()).with(user(users.principal(adviser))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPesEditsItsOwnProfileButNotItsRegisterFieldsNorAnotherPes() throws Exception {
        OrganisationView own = fixtures.create(RegistryFixtures.pes("Spółdzielnia Własna", "2261011"));
        OrganisationView other = fixtures.create(RegistryFixtures.pes("Spółdzielnia Cudza", "2261011"));
        UserView member = users.create("czlonek-" + System.nanoTime(), Role.PES, own.id());
        String profile = """
                {"name": "Spółdzielnia Własna", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011",
                 "phone": "+48 58 123 45 67", "version": 0}""";

        mvc.perform(put("/api/v1/organisations/" + own.id()).with(user(users.principal(member)))
                .contentType(MediaType.APPLICATION_JSON).content(profile))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("+48 58 123 45 67"));
        mvc.perform(put("/api/v1/organisations/" + own.id()).with(user(users.principal(member)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(profile.replace("\"version\": 0", "\"version\": 1, \"status\": \"SUSPENDED\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(put("/api/v1/organisations/" + other.id()).with(user(users.principal(member)))
                .contentType(MediaType.APPLICATION_JSON).content(profile)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/organisations/" + own.id()).with(user(users.principal(member))))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactPersonsAreVisibleOnlyWithAccessToTheOrganisation() throws Exception {
        OrganisationView own = fixtures.create(RegistryFixtures.pes("Spółdzielnia Z Kontaktem", "2261011"));
        UserView member = users.create("czlonek-" + System.nanoTime(), Role.PES, own.id());
        mvc.perform(post("/api/v1/organisations/" + own.id() + "/contact-persons").with(user(users.principal(member)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Jan Kowalski", "function": "prezes", "email": "jan@example.org",
                                 "consentDate": "2026-01-15", "consentScope": "kontakt w sprawach wsparcia OWES"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Jan Kowalski"));

        mvc.perform(get("/api/v1/organisations/" + own.id() + "/contact-persons").with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$[0].email").value("jan@example.org"));
        mvc.perform(get("/api/v1/organisations/" + own.id() + "/contact-persons").with(users.as(Role.PES)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/" + own.id() + "/contact-persons")).andExpect(status().isUnauthorized());
        String page = mvc.perform(get("/organisations/" + own.id())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Spółdzielnia Z Kontaktem").doesNotContain("Jan Kowalski");
        mvc.perform(post("/api/v1/organisations/" + own.id() + "/contact-persons").with(users.as(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Bez zgody\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'consentDate')]").exists());
    }
}
