package pl.koordynator.es.events;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.TestUsers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Events and registrations for the organiser's tools, written with SQL as the registration
 * service would leave them (the time of each registration decides the order of the lists), and
 * OWES with their staff.
 */
@Component
public class ParticipantFixtures {

    public static final String GDANSK = "2261011";
    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final JdbcClient jdbc;
    private final RegistryFixtures registry;
    private final TestUsers users;

    ParticipantFixtures(JdbcClient jdbc, RegistryFixtures registry, TestUsers users) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.users = users;
    }

    public OrganisationView owes(String name) {
        return registry.owes(name, GDANSK);
    }

    public UserView staff(OrganisationView owes) {
        return users.create("owes-" + System.nanoTime(), Role.OWES, owes.id());
    }

    public UserView admin() {
        return users.create("rops-" + System.nanoTime(), Role.ADMIN);
    }

    public RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    /** A published public workshop of the OWES in Gdańsk, from {@code startsAt} for {@code hours}. */
    public long event(OrganisationView organiser, String title, OffsetDateTime startsAt, int hours, Integer capacity) {
        return jdbc.sql("""
                insert into event (type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, venue,
                    capacity, status, created_by)
                values ('WORKSHOP', :title, :organiserId, :organiserName, :starts, :ends, :gmina,
                    'Centrum Wsparcia, ul. Długa 5', :capacity, 'PUBLISHED', 'test')
                returning id""")
                .param("title", title).param("organiserId", organiser.id()).param("organiserName", organiser.name())
                .param("starts", startsAt).param("ends", startsAt.plusHours(hours)).param("gmina", GDANSK)
                .param("capacity", capacity).query(Long.class).single();
    }

    /** Today at 09:00 in Warsaw, shifted by whole days. */
    public static OffsetDateTime day(int daysFromToday, int hour) {
        return java.time.LocalDate.now(WARSAW).plusDays(daysFromToday).atTime(hour, 0).atZone(WARSAW)
                .toOffsetDateTime();
    }

    public long register(long eventId, String name, String email, RegistrationStatus status) {
        return register(eventId, name, email, null, null, status);
    }

    public long register(long eventId, String name, String email, String organisation, String needs,
            RegistrationStatus status) {
        Integer count = jdbc.sql("select count(*) from event_registration where event_id = :event")
                .param("event", eventId).query(Integer.class).single();
        return jdbc.sql("""
                insert into event_registration (event_id, name, email, organisation_name, accessibility_needs,
                    consent_at, consent_version, status, token, language, registered_at, cancelled_at)
                values (:event, :name, :email, :organisation, :needs, now(), '2026-01', :status, gen_random_uuid(),
                    'pl', :registeredAt, case when :status = 'CANCELLED' then now() end)
                returning id""")
                .param("event", eventId).param("name", name).param("email", email).param("organisation", organisation)
                .param("needs", needs).param("status", status.name())
                .param("registeredAt", OffsetDateTime.now().minusDays(20).plusMinutes(count))
                .query(Long.class).single();
    }

    public void language(long registrationId, String language) {
        jdbc.sql("update event_registration set language = :language where id = :id").param("language", language)
                .param("id", registrationId).update();
    }

    public void attended(long registrationId) {
        jdbc.sql("update event_registration set attended = true, attendance_marked_at = now() where id = :id")
                .param("id", registrationId).update();
    }

    public boolean isAttended(long registrationId) {
        return jdbc.sql("select attended from event_registration where id = :id").param("id", registrationId)
                .query(Boolean.class).single();
    }

    public UUID token(long registrationId) {
        return jdbc.sql("select token from event_registration where id = :id").param("id", registrationId)
                .query(UUID.class).single();
    }

    public int auditEntries(long registrationId) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'EventRegistration' and entity_id = :id")
                .param("id", String.valueOf(registrationId)).query(Integer.class).single();
    }
}
