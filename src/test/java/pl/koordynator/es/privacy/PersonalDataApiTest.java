package pl.koordynator.es.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.privacy.PrivacyFixtures.EMAIL;
import static pl.koordynator.es.privacy.PrivacyFixtures.NAME;

/** The same for scripts: the export is a GET, the erasure a DELETE that answers what it erased. */
class PersonalDataApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/personal-data";

    @Autowired
    PrivacyFixtures fixtures;

    @Test
    void anAdministratorExportsThePersonsDataThenErasesItAndTheExportIsEmpty() throws Exception {
        fixtures.anna();

        mvc.perform(get(PATH).param("email", EMAIL.toUpperCase()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.email").value(EMAIL))
                .andExpect(jsonPath("$.modules.registry.contactPersons[0].name").value(NAME))
                .andExpect(jsonPath("$.modules.registry.contactPersons[0].phone").value(PrivacyFixtures.PHONE))
                .andExpect(jsonPath("$.modules.events.registrations.length()").value(2))
                .andExpect(jsonPath("$.modules.events.registrations[1].accessibilityNeeds").value(PrivacyFixtures.NEEDS))
                .andExpect(jsonPath("$.modules.events.evaluations[0].comment").value(PrivacyFixtures.COMMENT))
                .andExpect(jsonPath("$.modules.security.accounts[0].username").value("anna.testowa"))
                .andExpect(jsonPath("$.modules.notifications.emails.length()").value(3));

        mvc.perform(delete(PATH).param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erasureId").isNotEmpty())
                .andExpect(jsonPath("$.erased[?(@.what == 'registry.personalData.contactPersons')].count").value(1))
                .andExpect(jsonPath("$.erased[?(@.what == 'events.personalData.registrations')].count").value(2))
                .andExpect(jsonPath("$.erased[?(@.what == 'user.personalData.accounts')].count").value(1))
                .andExpect(jsonPath("$.erased[?(@.what == 'notifications.personalData.emails')].count").value(3))
                .andExpect(content().string(not(containsString(NAME))));

        mvc.perform(get(PATH).param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modules").isEmpty());
        mvc.perform(delete(PATH).param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.erased").isEmpty());
    }

    @Test
    void aMissingOrMalformedAddressIs400NamingTheField() throws Exception {
        mvc.perform(get(PATH).with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Podaj adres e-mail."));
        mvc.perform(delete(PATH).param("email", "anna.nowak(at)example.pl").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Podaj poprawny adres e-mail, np. anna.nowak@example.pl."));
        mvc.perform(delete(PATH).param("email", "nobody").header("Accept-Language", "en").with(users.as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter a valid e-mail address, e.g. anna.nowak@example.pl."));
    }

    @Test
    void nobodyButAnAdministratorGetsThrough() throws Exception {
        fixtures.anna();
        for (Role role : new Role[] {Role.OWES, Role.PES, Role.PARTNER, Role.COMMITTEE}) {
            mvc.perform(get(PATH).param("email", EMAIL).with(users.as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(delete(PATH).param("email", EMAIL).with(users.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(delete(PATH).param("email", EMAIL)).andExpect(status().isUnauthorized());
        mvc.perform(get(PATH).param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(jsonPath("$.modules.registry.contactPersons[0].name").value(NAME));
    }
}
