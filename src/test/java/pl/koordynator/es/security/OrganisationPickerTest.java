package pl.koordynator.es.security;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.SupportFixtures;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation pickers of the account form and the support form: suggestions by name, the
 * chosen id checked on the server, a name typed without JavaScript resolved there, and names
 * (never bare ids) wherever an account's organisation is shown.
 */
class OrganisationPickerTest extends IntegrationTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    SupportFixtures fixtures;

    private OrganisationView owes;
    private OrganisationView cooperative;
    private RequestPostProcessor admin;

    @BeforeEach
    void register() {
        owes = fixtures.owes("OWES Pomorze Północne");
        cooperative = fixtures.pes("Spółdzielnia Socjalna Razem");
        admin = users.as(Role.ADMIN);
    }

    @Test
    void theAccountFormSuggestsOrganisationsByPartOfTheirName() throws Exception {
        mvc.perform(get("/admin/users/organisations").param("q", "pomorze").with(admin).locale(POLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"option\""),
                        containsString("data-value=\"" + owes.id() + "\""), containsString("OWES Pomorze Północne"),
                        not(containsString("Spółdzielnia Socjalna Razem")))));
    }

    @Test
    void anAccountIsSavedWithThePickedOrganisation() throws Exception {
        createUser("kasia", owes.id(), owes.name()).andExpect(redirectedUrlPattern("/admin/users/*"));

        assertThat(organisationOf("kasia")).isEqualTo(owes.id());
    }

    @Test
    void withoutJavaScriptTheTypedNameIsLookedUp() throws Exception {
        createUser("kasia", null, "owes pomorze północne").andExpect(redirectedUrlPattern("/admin/users/*"));

        assertThat(organisationOf("kasia")).isEqualTo(owes.id());
    }

    @Test
    void aNameThatFitsNoOrganisationIsTheFieldsErrorAndNothingIsSaved() throws Exception {
        createUser("kasia", null, "Nie ma takiej")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"organisationId-error\""),
                        containsString("W rejestrze nie ma jednej organizacji o tej nazwie"),
                        containsString("aria-invalid=\"true\""))));

        assertThat(jdbc.sql("select count(*) from user_account where username = 'kasia'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anUnknownOrWrongKindOfIdIsTheFieldsErrorAndNothingIsSaved() throws Exception {
        createUser("kasia", 999999L, null)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"organisationId-error\""),
                        containsString("W rejestrze nie ma organizacji o tym numerze."))));
        createUser("kasia", cooperative.id(), cooperative.name())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Użytkownik tej roli nie może należeć do takiej organizacji")));

        assertThat(jdbc.sql("select count(*) from user_account where username = 'kasia'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theAccountPagesShowTheOrganisationsNameNeverItsNumber() throws Exception {
        long id = users.create("kasia", Role.OWES, owes.id()).id();

        mvc.perform(get("/admin/users/" + id).with(admin).locale(POLISH))
                .andExpect(content().string(allOf(containsString("value=\"OWES Pomorze Północne\""),
                        containsString("role=\"combobox\""), containsString("aria-controls=\"organisationId-listbox\""))));
        mvc.perform(get("/admin/users").param("text", "kasia").with(admin).locale(POLISH))
                .andExpect(content().string(allOf(containsString(">OWES Pomorze Północne</a>"),
                        containsString("href=\"/organisations/" + owes.id() + "\""))));
    }

    @Test
    void theSupportFormSuggestsPesOnlyAndOnlyToThoseWhoRecordSupport() throws Exception {
        mvc.perform(get("/support/organisations").param("q", "raz").with(as(fixtures.staff(owes))).locale(POLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Spółdzielnia Socjalna Razem"),
                        containsString("data-value=\"" + cooperative.id() + "\""))));
        mvc.perform(get("/support/organisations").param("q", "pomorze").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("role=\"option\""))));
        mvc.perform(get("/support/organisations").param("q", "raz").with(as(fixtures.member(cooperative))))
                .andExpect(status().isForbidden());
    }

    @Test
    void supportIsSavedForAPesNameTypedWithoutJavaScript() throws Exception {
        saveSupport(null, "Spółdzielnia Socjalna Razem").andExpect(redirectedUrlPattern("/support/pes/*"));

        assertThat(jdbc.sql("select organisation_id from support_record").query(Long.class).single())
                .isEqualTo(cooperative.id());
    }

    @Test
    void supportForAnUnknownIdOrAnOrganisationThatIsNoPesIsRefusedOnTheField() throws Exception {
        saveSupport("999999", null)
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"organisationId-error\""),
                        containsString("Nie ma takiej organizacji w rejestrze."))));
        saveSupport(String.valueOf(owes.id()), owes.name())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta organizacja nie jest podmiotem ekonomii społecznej.")));
        saveSupport(null, "Nie ma takiej spółdzielni")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nie ma takiej organizacji w rejestrze.")));

        assertThat(jdbc.sql("select count(*) from support_record").query(Long.class).single()).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions createUser(String username, Long organisationId,
            String organisationName) throws Exception {
        var request = post("/admin/users").with(admin).with(csrf()).locale(POLISH)
                .param("username", username).param("displayName", "Katarzyna Lis")
                .param("email", username + "@owes.example").param("role", "OWES")
                .param("password", "Mocne-Haslo-OWES-1")
                .param("organisationId", organisationId == null ? "" : String.valueOf(organisationId));
        if (organisationName != null) {
            request.param("organisationName", organisationName);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions saveSupport(String organisationId,
            String organisationName) throws Exception {
        var request = post("/support").with(admin).with(csrf()).locale(POLISH)
                .param("organisationId", organisationId == null ? "" : organisationId)
                .param("owesId", String.valueOf(owes.id())).param("adviser", "Anna Kowalska")
                .param("date", "14.02.2025").param("hours", "2").param("form", "CONSULTING").param("topic", "LEGAL");
        if (organisationName != null) {
            request.param("organisationName", organisationName);
        }
        return mvc.perform(request);
    }

    private Long organisationOf(String username) {
        return jdbc.sql("select organisation_id from user_account where username = :name").param("name", username)
                .query(Long.class).single();
    }

    private RequestPostProcessor as(pl.koordynator.es.security.UserView account) {
        return user(users.principal(account));
    }
}
