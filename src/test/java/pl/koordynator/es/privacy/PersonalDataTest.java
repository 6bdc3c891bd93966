package pl.koordynator.es.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.domain.EvaluationService;
import pl.koordynator.es.events.domain.EvaluationSummary;
import pl.koordynator.es.events.domain.ParticipantList;
import pl.koordynator.es.events.domain.ParticipantService;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.privacy.PrivacyFixtures.Person;
import pl.koordynator.es.privacy.domain.ErasureReport;
import pl.koordynator.es.privacy.domain.PersonalDataService;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.KnownValues;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.support.SupportRecords;
import pl.koordynator.es.testing.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.privacy.PrivacyFixtures.COMMENT;
import static pl.koordynator.es.privacy.PrivacyFixtures.EMAIL;
import static pl.koordynator.es.privacy.PrivacyFixtures.EMAIL_AS_TYPED;
import static pl.koordynator.es.privacy.PrivacyFixtures.NAME;
import static pl.koordynator.es.privacy.PrivacyFixtures.NEEDS;
import static pl.koordynator.es.privacy.PrivacyFixtures.PHONE;
import static pl.koordynator.es.privacy.PrivacyFixtures.TYPED_ORGANISATION;

/**
 * Anna Nowak-Testowa asks what the platform keeps about her, takes the export and has it erased:
 * afterwards her address, name, phone, typed organisation, accessibility needs and comment are in
 * no column of any table and in no audit entry, while every count her attendance fed stays.
 */
class PersonalDataTest extends IntegrationTest {

    @Autowired
    PrivacyFixtures fixtures;

    @Autowired
    PersonalDataService privacy;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ParticipantService participants;

    @Autowired
    RegistrationService registrations;

    @Autowired
    List<KnownValues> knownValues;

    @Autowired
    SupportRecords support;

    @Autowired
    Events events;

    @Autowired
    JsonMapper json;

    @Autowired
    pl.koordynator.es.events.domain.EventService eventService;

    @AfterEach
    void cleanUp() {
        users.signOut();
        FailingPersonalData.ARMED.set(false);
    }

    @Test
    void theAddressIsFoundInEveryModuleThatKeepsThePersonsData() {
        fixtures.anna();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));

        List<PersonalDataFinding> findings = privacy.find("  " + EMAIL.toUpperCase() + " ");

        assertThat(findings).extracting(PersonalDataFinding::module, PersonalDataFinding::what,
                PersonalDataFinding::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("events", "events.personalData.registrations", 2L),
                org.assertj.core.groups.Tuple.tuple("events", "events.personalData.evaluations", 1L),
                org.assertj.core.groups.Tuple.tuple("notifications", "notifications.personalData.emails", 3L),
                org.assertj.core.groups.Tuple.tuple("registry", "registry.personalData.contactPersons", 1L),
                org.assertj.core.groups.Tuple.tuple("security", "user.personalData.accounts", 1L));
        String details = findings.toString();
        assertThat(details).contains(NAME, PHONE, NEEDS, TYPED_ORGANISATION, COMMENT, "anna.testowa")
                .doesNotContain("Bartosz", "Celina");
    }

    @Test
    void theExportHoldsEveryModulesDataAboutThePerson() {
        fixtures.anna();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));

        Map<String, Object> export = privacy.export(EMAIL_AS_TYPED);

        assertThat(export).containsEntry("email", EMAIL);
        @SuppressWarnings("unchecked")
        Map<String, Object> modules = (Map<String, Object>) export.get("modules");
        assertThat(modules).containsOnlyKeys("events", "notifications", "registry", "security");
        String document = json.writeValueAsString(export);
        assertThat(document).contains(NAME, PHONE, NEEDS, TYPED_ORGANISATION, COMMENT, "kontakt w sprawach wsparcia OWES",
                "anna.testowa", "skrypt raportowy", "Szkolenie: zamówienia publiczne dla PES", "Nowe konto PES")
                .doesNotContain("Bartosz", "Celina");
    }

    @Test
    void afterErasureThePersonIsInNoTableAndNoAuditEntryAndEveryCountIsAsBefore() {
        Person anna = fixtures.anna();
        UserView admin = users.create("rops-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        Counts before = counts(anna);
        assertThat(fixtures.placesMentioning(EMAIL)).as("the fixture is where the test looks")
                .contains("audit_entry.changes (2)", "contact_person.email (1)", "user_account.email (1)");

        ErasureReport report = privacy.erase(EMAIL_AS_TYPED);

        for (String value : List.of(EMAIL, NAME, PHONE, TYPED_ORGANISATION, NEEDS, COMMENT)) {
            assertThat(fixtures.placesMentioning(value)).as("columns still holding %s", value).isEmpty();
        }
        assertThat(counts(anna)).isEqualTo(before);
        assertThat(fixtures.placesMentioning("Bartosz Zieliński")).as("the other attendee is left alone")
                .contains("event_registration.name (1)");
        assertThat(fixtures.placesMentioning("Za krótko.")).contains("event_evaluation.comment (1)");

        assertThat(report.erased()).extracting(PersonalDataFinding::what, PersonalDataFinding::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("events.personalData.registrations", 2L),
                org.assertj.core.groups.Tuple.tuple("events.personalData.evaluations", 1L),
                org.assertj.core.groups.Tuple.tuple("notifications.personalData.emails", 3L),
                org.assertj.core.groups.Tuple.tuple("registry.personalData.contactPersons", 1L),
                org.assertj.core.groups.Tuple.tuple("user.personalData.accounts", 1L));
        assertThat(report.auditEntries()).isPositive();
        assertThat(privacy.find(EMAIL)).isEmpty();

        // the erasure is in the audit trail, under a random id, with counts and the administrator as actor
        Map<String, Object> entry = jdbc.sql("""
                select actor, action, entity_id, cast(changes as text) as changes from audit_entry
                where entity_type = 'PersonalData'""").query().singleRow();
        assertThat(entry).containsEntry("actor", admin.username()).containsEntry("action", "DELETE")
                .containsEntry("entity_id", report.erasureId());
        assertThat((String) entry.get("changes")).contains("registry.personalData.contactPersons", "\"old\": 1")
                .doesNotContain("@", "anna");

        // her links lead nowhere, her account is closed, her tokens no longer open the API
        assertThat(registrations.own(anna.oldToken())).isEmpty();
        assertThat(jdbc.sql("select count(*) from contact_person").query(Long.class).single()).isZero();
        Map<String, Object> account = jdbc.sql("select username, enabled from user_account where id = :id")
                .param("id", anna.account().id()).query().singleRow();
        assertThat(account).containsEntry("username", "anna.testowa").containsEntry("enabled", false);
        assertThat(jdbc.sql("select count(*) from api_token where revoked_at is null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from notification where status = 'QUEUED'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anErasedParticipantIsWrittenToNoMoreWhileTheOthersAre() {
        Person anna = fixtures.anna();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        privacy.erase(EMAIL);
        long before = jdbc.sql("select count(*) from notification").query(Long.class).single();

        eventService.cancel(anna.conferenceId(), null);

        assertThat(jdbc.sql("select recipient from notification order by id offset :before")
                .param("before", before).query(String.class).list()).containsExactly("celina@example.org");
    }

    @Test
    void anAddressLeftOnlyInOldAuditEntriesIsErasedFromThemToo() {
        jdbc.sql("""
                insert into audit_entry (actor, action, entity_type, entity_id, changes)
                values ('admin', 'DELETE', 'ContactPerson', '7', cast(:changes as jsonb))""")
                .param("changes", "{\"email\": {\"old\": \"" + EMAIL + "\", \"new\": null}}").update();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));

        ErasureReport report = privacy.erase(EMAIL);

        assertThat(report.erased()).isEmpty();
        assertThat(report.auditEntries()).isEqualTo(1);
        assertThat(fixtures.placesMentioning(EMAIL)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PersonalData'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anErasureThatFailsInOneModuleErasesNothingAnywhere() {
        fixtures.anna();
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        List<String> before = fixtures.placesMentioning(EMAIL);
        long auditEntries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        FailingPersonalData.ARMED.set(true);

        assertThatThrownBy(() -> privacy.erase(EMAIL)).isInstanceOf(IllegalStateException.class);

        assertThat(fixtures.placesMentioning(EMAIL)).isEqualTo(before);
        assertThat(fixtures.placesMentioning(NAME)).contains("contact_person.name (1)", "user_account.display_name (1)");
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditEntries);
    }

    @Test
    void anAdministratorCannotEraseTheirOwnAccountAndNothingElseGoesEither() {
        fixtures.anna();
        UserView admin = users.create("admin.anna", Role.ADMIN);
        users.signIn(admin);

        assertThatThrownBy(() -> privacy.erase("admin.anna@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "user.cannotEraseSelf")));
        assertThat(jdbc.sql("select enabled from user_account where id = :id").param("id", admin.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aMalformedAddressIsRefusedNamingTheField() {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        for (String bad : new String[] {null, " ", "anna", "anna@", "anna@example", "a b@example.pl"}) {
            assertThatThrownBy(() -> privacy.find(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            invalid -> assertThat(invalid.problems().get(0).field()).isEqualTo("email"));
        }
    }

    @Test
    void onlyAnAdministratorMayAskForSomeonesData() {
        users.signIn(users.create("owes-" + System.nanoTime(), Role.OWES));
        assertThatThrownBy(() -> privacy.find(EMAIL))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.export(EMAIL))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.erase(EMAIL))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Every figure the erased attendance feeds, as the modules that own them compute it. */
    record Counts(int answers, int attendees, List<Double> means, long attended, int confirmed, int waiting,
            Optional<java.math.BigDecimal> trainingParticipants, long pesFromEvents, java.util.Set<Long> attending) {
    }

    private Counts counts(Person anna) {
        EvaluationSummary summary = evaluations.summary(anna.trainingId());
        ParticipantList training = participants.list(anna.trainingId());
        ParticipantList conference = participants.list(anna.conferenceId());
        LocalDate today = LocalDate.now(PrivacyFixtures.WARSAW);
        Optional<java.math.BigDecimal> known = knownValues.stream()
                .map(values -> values.value(anna.owes().id(), "TRAINING_PARTICIPANTS", today.minusDays(30), today))
                .flatMap(Optional::stream).map(KnownValue::value).findFirst();
        return new Counts(summary.answers(), summary.attendees(),
                summary.ratings().stream().map(EvaluationSummary.Rating::mean).toList(), training.attendedCount(),
                training.confirmed().size() + conference.confirmed().size(), conference.waiting().size(), known,
                support.supportedPes(today.minusDays(30), today, anna.owes().id()).fromEvents(),
                events.attendingOrganisations(anna.owes().id(), today.minusDays(30), today));
    }
}
