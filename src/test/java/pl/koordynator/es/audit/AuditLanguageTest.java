package pl.koordynator.es.audit;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.audit.domain.AuditLabels;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.domain.SupportService;
import pl.koordynator.es.support.domain.SupportView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The trail names records as their users do, in the reader's language, and links to those that still exist. */
class AuditLanguageTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;

    @Autowired
    SupportService support;

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditLabels labels;

    @Autowired
    MessageSource messages;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSupportRecordIsNamedInPolishWithALinkToIt() throws Exception {
        SupportView record = supportRecord();
        RequestPostProcessor admin = users.as(Role.ADMIN);

        mvc.perform(get("/admin/audit").with(admin).locale(Locale.forLanguageTag("pl")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/support/" + record.id() + "/edit\">Wsparcie #" + record.id() + "</a>"),
                        not(containsString("SupportRecord #")))));
    }

    @Test
    void aSupportRecordIsNamedInEnglishForAnEnglishReader() throws Exception {
        SupportView record = supportRecord();

        mvc.perform(get("/admin/audit").param("lang", "en").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/support/" + record.id() + "/edit\">Support #" + record.id() + "</a>"),
                        not(containsString("SupportRecord #")))));
    }

    @Test
    void aDeletedRecordKeepsItsNameButLosesItsLinkInEveryEntry() throws Exception {
        SupportView record = supportRecord();
        users.signIn(fixtures.admin());
        try {
            support.delete(record.id(), record.version());
        } finally {
            users.signOut();
        }

        mvc.perform(get("/admin/audit").with(users.as(Role.ADMIN)).locale(Locale.forLanguageTag("pl")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wsparcie #" + record.id()),
                        containsString("(usunięty)"), not(containsString("/support/" + record.id() + "/edit")))));
    }

    @Test
    void theTypeFilterOffersTheNamesOfRecordTypes() throws Exception {
        supportRecord();

        mvc.perform(get("/admin/audit").with(users.as(Role.ADMIN)).locale(Locale.forLanguageTag("pl")))
                .andExpect(content().string(containsString("<option value=\"SupportRecord\">Wsparcie</option>")));
    }

    @Test
    void aTypeNoModuleNamesIsShownAsWrittenAndReportedAsUnknown() throws Exception {
        assertThat(labels.known("SupportRecord")).isTrue();
        assertThat(labels.known("SomethingNew")).isFalse();
        transaction.executeWithoutResult(status -> audit.created("Organisation", 77, java.util.Map.of("name", "X")));
        jdbc.sql("update audit_entry set entity_type = 'SomethingNew'").update();

        mvc.perform(get("/admin/audit").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("SomethingNew #77")));
        // the check every integration test runs afterwards would fail on it
        jdbc.sql("delete from audit_entry where entity_type = 'SomethingNew'").update();
    }

    @Test
    void everyTypeAModuleWritesHasANameInPolishAndEnglish() {
        assertThat(labels.types()).containsKeys("Organisation", "ContactPerson", "UserAccount", "ApiToken",
                "SupportRecord", "Event", "EventRegistration", "EventEvaluation", "ReportedNeed", "OwesReport",
                "OwesReportAttachment", "ReportTemplate", "Indicator", "StatisticsImport", "Notification",
                "priority-weights", "Subregion", "TerritorialUnit", "TerritoryBoundaries", "PersonalData",
                "PersonalDataRetention");
        labels.types().values().forEach(type -> {
            String polish = messages.getMessage(type.labelKey(), null, null, Locale.forLanguageTag("pl"));
            String english = messages.getMessage(type.labelKey(), null, null, Locale.ENGLISH);
            assertThat(polish).as(type.entityType() + " in Polish").isNotBlank();
            assertThat(english).as(type.entityType() + " in English").isNotBlank();
            assertThat(type.linkPattern()).as(type.entityType() + "'s link").satisfiesAnyOf(
                    link -> assertThat(link).isNull(), link -> assertThat(link).startsWith("/"));
        });
    }

    private SupportView supportRecord() {
        OrganisationView owes = fixtures.owes("OWES Pomorze");
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Razem");
        return fixtures.record(pes, owes, LocalDate.of(2025, 3, 4), "2", SupportForm.CONSULTING);
    }
}
