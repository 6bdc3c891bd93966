package pl.koordynator.es.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserApiTest extends IntegrationTest {

    @Autowired
    RegistryFixtures registry;

    private static final String NEW_USER = """
            {"username": "ewa.owes", "displayName": "Ewa Nowak", "email": "ewa@owes.example",
             "role": "OWES", "password": "Bezpieczne-Haslo-1"}
            """;

    @Test
    void adminCreatesUserAndGets201WithLocation() throws Exception {
        long owes = registry.owes("OWES Pomorze", "2261011").id();
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("\"role\"", "\"organisationId\": " + owes + ", \"role\"")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/users/")))
                .andExpect(jsonPath("$.username").value("ewa.owes"))
                .andExpect(jsonPath("$.role").value("OWES"))
                .andExpect(jsonPath("$.organisationId").value(owes))
                .andExpect(jsonPath("$.password").doesNotExist());

        String hash = jdbc.sql("select password_hash from user_account where username = 'ewa.owes'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Bezpieczne");
    }

    @Test
    void createdUserAppearsInTheAuditTrailWithTheAdminAsActor() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content(NEW_USER))
                .andExpect(status().isCreated());
        long id = jdbc.sql("select id from user_account where username = 'ewa.owes'").query(Long.class).single();

        mvc.perform(get("/api/v1/audit").param("entityType", "UserAccount").param("entityId", String.valueOf(id))
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].actor").value("admin"))
                .andExpect(jsonPath("$.items[0].action").value("CREATE"))
                .andExpect(jsonPath("$.items[0].changes.username.newValue").value("ewa.owes"))
                .andExpect(jsonPath("$.items[0].changes.password").doesNotExist());
    }

    @Test
    void duplicateUserNameIsAConflictWhateverItsCase() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content(NEW_USER))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("ewa.owes", "EWA.Owes")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void invalidFieldsAreListedByNameAndNothingIsCreated() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "x", "displayName": "", "email": "not-an-email", "role": "OWES",
                                 "password": "Bezpieczne-Haslo-1"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("username", "displayName", "email")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message", hasItem("Podaj poprawny adres e-mail.")));
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shortPasswordIsRefusedNamingThePasswordField() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("Bezpieczne-Haslo-1", "krotkie")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("Hasło musi mieć co najmniej 12 znaków."));
    }

    @Test
    void unknownRoleIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("\"OWES\"", "\"KING\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAccountBelongsOnlyToAnExistingOrganisationOfAKindThatSuitsItsRole() throws Exception {
        long cooperative = registry.create(RegistryFixtures.pes("Spółdzielnia Nie Dla OWES", "2261011")).id();
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("\"role\"", "\"organisationId\": 999999, \"role\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"))
                .andExpect(jsonPath("$.errors[0].message").value("W rejestrze nie ma organizacji o tym numerze."));
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_USER.replace("\"role\"", "\"organisationId\": " + cooperative + ", \"role\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(jdbc.sql("select count(*) from user_account where username = 'ewa.owes'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void adminChangesRoleOrganisationAndDisablesAUser() throws Exception {
        long cooperative = registry.create(RegistryFixtures.pes("Spółdzielnia Piotra", "2261011")).id();
        long gmina = registry.create(new OrganisationInput("Urząd Miejski", null, Kind.JST, null, null, null,
                "2261011", null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null,
                null, null, null)).id();
        UserView user = users.create("piotr", Role.PES, cooperative);
        mvc.perform(put("/api/v1/users/{id}", user.id()).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"role": "PARTNER", "organisationId": %d, "enabled": false}
                                """.formatted(gmina)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("PARTNER"))
                .andExpect(jsonPath("$.organisationId").value(gmina))
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.displayName").value("Test piotr"));

        mvc.perform(get("/api/v1/audit").param("entityType", "UserAccount").param("entityId", "" + user.id())
                        .with(admin()))
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].changes.role.oldValue").value("PES"))
                .andExpect(jsonPath("$.items[0].changes.role.newValue").value("PARTNER"))
                .andExpect(jsonPath("$.items[0].changes.enabled.oldValue").value(true))
                .andExpect(jsonPath("$.items[0].changes.enabled.newValue").value(false));

        mvc.perform(get("/api/v1/audit").with(httpBasic("piotr", pl.koordynator.es.testing.TestUsers.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() throws Exception {
        UserView user = users.create("zofia", Role.OWES);
        mvc.perform(put("/api/v1/users/{id}", user.id()).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"PES\", \"enabled\": true, \"version\": 99}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select role from user_account where id = :id").param("id", user.id())
                .query(String.class).single()).isEqualTo("OWES");
    }

    @Test
    void updateOfMissingUserIsNotFound() throws Exception {
        mvc.perform(put("/api/v1/users/{id}", 987654).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"PES\", \"enabled\": true}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listFiltersByRoleAndText() throws Exception {
        users.create("anna.owes", Role.OWES);
        users.create("bogdan.pes", Role.PES);
        mvc.perform(get("/api/v1/users").param("role", "OWES").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].username").value("anna.owes"));
        mvc.perform(get("/api/v1/users").param("text", "BOGDAN").with(admin()))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void errorsOfTheApiAreProblemDocuments() throws Exception {
        mvc.perform(get("/api/v1/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/users").with(users.as(Role.OWES)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/no-such-thing").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(delete("/api/v1/users").with(admin()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    @Test
    void problemMessagesArePolishByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/api/v1/users"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Wymagane uwierzytelnienie")));
        mvc.perform(get("/api/v1/users").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Authentication required")));
        mvc.perform(post("/api/v1/users").with(admin()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(NEW_USER.replace("ewa@owes.example", "x")))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a valid e-mail address."));
    }
}
