package pl.koordynator.es.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.privacy.PrivacyFixtures.EMAIL;
import static pl.koordynator.es.privacy.PrivacyFixtures.NAME;

/** The administrator's page: search, export, a confirmation step, then the summary of the erasure. */
class PersonalDataPagesTest extends IntegrationTest {

    private static final String PAGE = "/admin/personal-data";

    @Autowired
    PrivacyFixtures fixtures;

    @Test
    void theSearchShowsWhereThePersonAppearsWithTheExportAndTheErasure() throws Exception {
        fixtures.anna();
        mvc.perform(get(PAGE).param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Osoby kontaktowe organizacji (rejestr)")))
                .andExpect(content().string(containsString("Zgłoszenia na wydarzenia (z potrzebami dostępności)")))
                .andExpect(content().string(containsString("Konta użytkowników (wyłączane i anonimizowane)")))
                .andExpect(content().string(containsString(NAME)))
                .andExpect(content().string(containsString("Pobierz eksport (JSON)")))
                .andExpect(content().string(containsString("/admin/personal-data/erase?email=")));

        mvc.perform(get(PAGE + "/export").param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, not(containsString("anna"))))
                .andExpect(jsonPath("$.modules.registry.contactPersons[0].name").value(NAME));
    }

    @Test
    void aBadAddressGetsAPolishMessageBesideTheField() throws Exception {
        mvc.perform(get(PAGE).param("email", "anna.nowak").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("Podaj poprawny adres e-mail, np. anna.nowak@example.pl.")));
        mvc.perform(get(PAGE).param("email", "nikt@example.pl").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Platforma nie przechowuje danych powiązanych z tym adresem.")));
    }

    @Test
    void theErasureNeedsTheTickedConfirmationAndEndsWithItsSummary() throws Exception {
        fixtures.anna();
        mvc.perform(get(PAGE + "/erase").param("email", EMAIL).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Potwierdzam usunięcie danych tej osoby.")));

        mvc.perform(post(PAGE + "/erase").param("email", EMAIL).with(csrf()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-error\"")))
                .andExpect(content().string(containsString("Zaznacz potwierdzenie, aby usunąć dane.")));
        assertThat(fixtures.placesMentioning(EMAIL)).contains("contact_person.email (1)");

        mvc.perform(post(PAGE + "/erase").param("email", EMAIL).param("confirm", "true").with(csrf())
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dane usunięte")))
                .andExpect(content().string(containsString("Osoby kontaktowe organizacji (rejestr)")))
                .andExpect(content().string(not(containsString(NAME))));
        assertThat(fixtures.placesMentioning(EMAIL)).isEmpty();
    }

    @Test
    void othersAreTurnedAway() throws Exception {
        mvc.perform(get(PAGE).param("email", EMAIL).with(users.as(Role.OWES))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/erase").param("email", EMAIL).param("confirm", "true").with(csrf())
                .with(users.as(Role.COMMITTEE))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAccessibilityPageTellsWhatIsKeptAndForHowLong() throws Exception {
        mvc.perform(get("/deklaracja-dostepnosci"))
                .andExpect(content().string(containsString("Dane osobowe")))
                .andExpect(content().string(containsString("<span>30</span> dni po")))
                .andExpect(content().string(containsString("<span>180</span> dniach")))
                .andExpect(content().string(containsString("<span>7</span> dni po")));
        mvc.perform(get("/deklaracja-dostepnosci").param("lang", "en"))
                .andExpect(content().string(containsString("<span>30</span> days")));
    }
}
