package pl.koordynator.es.privacy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.privacy.PrivacyFixtures.Person;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.privacy.PrivacyFixtures.COMMENT;
import static pl.koordynator.es.privacy.PrivacyFixtures.EMAIL;
import static pl.koordynator.es.privacy.PrivacyFixtures.NAME;
import static pl.koordynator.es.privacy.PrivacyFixtures.NEEDS;
import static pl.koordynator.es.privacy.PrivacyFixtures.PHONE;
import static pl.koordynator.es.privacy.PrivacyFixtures.TYPED_ORGANISATION;

/**
 * What the modules write to the audit trail today: that a person's name, address, phone, typed
 * organisation or comment changed, never the values; the other fields as before.
 */
class PersonalFieldsAuditTest extends IntegrationTest {

    @Autowired
    PrivacyFixtures fixtures;

    @Test
    void aContactPersonsChangeSaysWhichFieldsChangedWithoutTheirValues() throws Exception {
        Person anna = fixtures.anna();

        mvc.perform(get("/api/v1/audit").param("entityType", "ContactPerson")
                        .param("entityId", String.valueOf(anna.contactId())).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                // newest first: the change of the phone, the creation, then the entry from before the change
                .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.items[0].changes.phone.personal").value(true))
                .andExpect(jsonPath("$.items[0].changes.phone.oldValue").doesNotExist())
                .andExpect(jsonPath("$.items[0].changes.phone.newValue").doesNotExist())
                .andExpect(jsonPath("$.items[0].changes.name").doesNotExist())
                .andExpect(jsonPath("$.items[1].changes.name.personal").value(true))
                .andExpect(jsonPath("$.items[1].changes.email.personal").value(true))
                .andExpect(jsonPath("$.items[1].changes.function.newValue").value("Prezeska"));
        mvc.perform(get("/admin/audit").param("entityType", "ContactPerson").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("zmieniono (dane osobowe)")))
                .andExpect(content().string(not(containsString("+48 600 000 000"))));
    }

    @Test
    void noEntryWrittenByTheModulesHoldsThePersonsData() {
        fixtures.anna();

        List<String> recent = jdbc.sql("""
                select entity_type || ' ' || cast(changes as text) from audit_entry
                where occurred_at > now() - interval '1 day' order by id""").query(String.class).list();

        assertThat(recent).hasSizeGreaterThan(8);
        for (String value : List.of(EMAIL, NAME, PHONE, "+48 600 000 000", TYPED_ORGANISATION, NEEDS, COMMENT)) {
            assertThat(recent).as(value).noneMatch(entry -> entry.toLowerCase().contains(value.toLowerCase()));
        }
        assertThat(recent).anyMatch(entry -> entry.startsWith("EventRegistration") && entry.contains("\"personal\""))
                .anyMatch(entry -> entry.startsWith("EventEvaluation") && entry.contains("\"personal\""))
                .anyMatch(entry -> entry.startsWith("UserAccount") && entry.contains("\"username\": {\"new\": \"anna.testowa\""));
    }
}
