package pl.koordynator.es.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.events.ParticipantFixtures;
import pl.koordynator.es.events.domain.EvaluationInput;
import pl.koordynator.es.events.domain.EvaluationService;
import pl.koordynator.es.events.domain.RegistrationInput;
import pl.koordynator.es.events.domain.RegistrationService;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.ContactPersonInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.registry.domain.ContactPersons;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.ApiTokenService;
import pl.koordynator.es.security.domain.UserAccountService;
import pl.koordynator.es.testing.TestUsers;

/**
 * One person, Anna Nowak-Testowa, in every module that keeps personal data, as the services leave
 * her: a contact person of a cooperative (changed once), registered for two events (attended the
 * past training, which she evaluated with a signed comment; waits for a coming conference with
 * her accessibility needs and a typed organisation), a PES account with an API token, the e-mails
 * the registrations sent her, an e-mail to ROPS quoting her address, and audit entries written
 * before the trail stopped copying personal fields, with her data in clear. Beside her, another
 * attendee of the training who must stay as he is.
 */
@Component
public class PrivacyFixtures {

    public static final String EMAIL = "anna.nowak-testowa@example.pl";
    /** As she typed it on one form: the modules compare addresses without regard to case. */
    public static final String EMAIL_AS_TYPED = "Anna.Nowak-Testowa@Example.PL";
    public static final String NAME = "Anna Nowak-Testowa";
    public static final String PHONE = "+48 601 234 567";
    public static final String TYPED_ORGANISATION = "Pracownia Ceramiki Anny Nowak-Testowej";
    public static final String NEEDS = "pętla indukcyjna, miejsce dla wózka";
    public static final java.time.ZoneId WARSAW = ParticipantFixtures.WARSAW;
    public static final String COMMENT = "Świetne warsztaty, pozdrawiam – Anna Nowak-Testowa";

    private final RegistryFixtures registry;
    private final ParticipantFixtures participants;
    private final ContactPersons contacts;
    private final RegistrationService registrations;
    private final EvaluationService evaluations;
    private final UserAccountService accounts;
    private final Notifications notifications;
    private final ApiTokenService tokens;
    private final TestUsers users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PrivacyFixtures(RegistryFixtures registry, ParticipantFixtures participants, ContactPersons contacts,
            RegistrationService registrations, EvaluationService evaluations, UserAccountService accounts,
            Notifications notifications, ApiTokenService tokens, TestUsers users, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.registry = registry;
        this.participants = participants;
        this.contacts = contacts;
        this.registrations = registrations;
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.tokens = tokens;
        this.users = users;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What the person is, by id, and the other attendee who must not change. */
    public record Person(OrganisationView owes, OrganisationView cooperative, long contactId, long trainingId,
            long registrationId, UUID oldToken, long conferenceId, long waitingId, long otherRegistrationId,
            UserView account) {
    }

    public Person anna() {
        OrganisationView owes = registry.owes("OWES Pomorze Testowe", ParticipantFixtures.GDANSK);
        OrganisationView cooperative = registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna „Przystań”",
                ParticipantFixtures.GDANSK));
        UserView admin = users.create("rops-fixture-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        try {
            long contactId = contacts.add(cooperative.id(), new ContactPersonInput(NAME, "Prezeska", EMAIL_AS_TYPED,
                    "+48 600 000 000", LocalDate.now().minusDays(30), "kontakt w sprawach wsparcia OWES", null)).id();
            contacts.update(cooperative.id(), contactId, new ContactPersonInput(NAME, "Prezeska", EMAIL_AS_TYPED,
                    PHONE, LocalDate.now().minusDays(30), "kontakt w sprawach wsparcia OWES", 0L));
            // written before the audit trail stopped copying personal fields
            olderAuditEntry("ContactPerson", contactId, Map.of("name", NAME, "email", EMAIL, "phone", PHONE));

            long trainingId = participants.event(owes, "Szkolenie: zamówienia publiczne dla PES",
                    ParticipantFixtures.day(5, 9), 3, 20);
            jdbc.sql("update event set type = 'TRAINING' where id = :id").param("id", trainingId).update();
            long registrationId = registrations.register(trainingId, new RegistrationInput(NAME, EMAIL_AS_TYPED,
                    cooperative.id(), null, null, true, null), Locale.forLanguageTag("pl")).id();
            long otherRegistrationId = registrations.register(trainingId, new RegistrationInput("Bartosz Zieliński",
                    "bartosz.zielinski@example.org", null, "Fundacja Wspólny Stół", null, true, null),
                    Locale.forLanguageTag("pl")).id();
            olderAuditEntry("EventRegistration", registrationId, Map.of("name", NAME, "email", EMAIL_AS_TYPED));
            // the training took place three days ago; both were there
            jdbc.sql("update event set starts_at = :starts, ends_at = :ends where id = :id")
                    .param("starts", ParticipantFixtures.day(-3, 9)).param("ends", ParticipantFixtures.day(-3, 12))
                    .param("id", trainingId).update();
            participants.attended(registrationId);
            participants.attended(otherRegistrationId);
            UUID token = participants.token(registrationId);
            evaluations.submit(token, new EvaluationInput(5, 4, 5, COMMENT));
            evaluations.submit(participants.token(otherRegistrationId), new EvaluationInput(3, 3, 4, "Za krótko."));

            long conferenceId = participants.event(owes, "Konferencja ekonomii społecznej",
                    ParticipantFixtures.day(20, 10), 6, 1);
            registrations.register(conferenceId, new RegistrationInput("Celina Wiśniewska", "celina@example.org",
                    null, null, null, true, null), Locale.forLanguageTag("pl"));
            long waitingId = registrations.register(conferenceId, new RegistrationInput(NAME, EMAIL, null,
                    TYPED_ORGANISATION, NEEDS, true, null), Locale.forLanguageTag("pl")).id();

            UserView account = accounts.createAtStartup(new NewUser("anna.testowa", NAME, EMAIL_AS_TYPED, Role.PES,
                    cooperative.id(), TestUsers.PASSWORD));
            users.signIn(account);
            tokens.create("skrypt raportowy");
            users.signIn(admin);
            transaction.executeWithoutResult(status -> notifications.toAddress("biuro@rops.example",
                    "Nowe konto PES", "Konto dla " + EMAIL + " zostało założone."));
            return new Person(owes, cooperative, contactId, trainingId, registrationId, token, conferenceId, waitingId,
                    otherRegistrationId, account);
        } finally {
            users.signOut();
        }
    }

    /** Every text column of every table of the schema (and the audit trail's JSON) that mentions the value. */
    public List<String> placesMentioning(String value) {
        List<String> places = new ArrayList<>();
        jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
                order by table_name, column_name""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(column -> {
                    long hits = jdbc.sql("select count(*) from \"" + column[0] + "\" where strpos(lower(cast(\""
                            + column[1] + "\" as text)), lower(:value)) > 0").param("value", value)
                            .query(Long.class).single();
                    if (hits > 0) {
                        places.add(column[0] + "." + column[1] + " (" + hits + ")");
                    }
                });
        return places;
    }

    private void olderAuditEntry(String entityType, long id, Map<String, String> values) {
        StringBuilder changes = new StringBuilder("{");
        values.forEach((field, value) -> changes.append(changes.length() > 1 ? ", " : "")
                .append('"').append(field).append("\": {\"old\": null, \"new\": \"").append(value).append("\"}"));
        changes.append('}');
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, changes)
                values (now() - interval '1 year', 'admin', 'CREATE', :type, :id, cast(:changes as jsonb))""")
                .param("type", entityType).param("id", String.valueOf(id)).param("changes", changes.toString())
                .update();
    }
}
