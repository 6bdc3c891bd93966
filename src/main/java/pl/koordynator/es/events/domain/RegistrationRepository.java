package pl.koordynator.es.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.events.RegistrationStatus;

/** Registrations in PostgreSQL; the waiting list is ordered by the moment of registration. */
@Repository
public class RegistrationRepository {

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegistrationView> find(long id) {
        return jdbc.sql("select * from event_registration where id = :id").param("id", id)
                .query(RegistrationRepository::map).optional();
    }

    Optional<RegistrationView> byToken(UUID token) {
        return jdbc.sql("select * from event_registration where token = :token").param("token", token)
                .query(RegistrationRepository::map).optional();
    }

    /** The live (not cancelled) registration of the address for the event. */
    Optional<RegistrationView> live(long eventId, String email) {
        return jdbc.sql("""
                select * from event_registration where event_id = :event and lower(email) = lower(:email)
                  and status <> 'CANCELLED'""")
                .param("event", eventId).param("email", email).query(RegistrationRepository::map).optional();
    }

    /** The event's registrations of one status (all when null) in order of registration. */
    public List<RegistrationView> of(long eventId, RegistrationStatus status) {
        return jdbc.sql("""
                select * from event_registration where event_id = :event
                  and (cast(:status as varchar) is null or status = :status)
                order by registered_at, id""")
                .param("event", eventId).param("status", status == null ? null : status.name())
                .query(RegistrationRepository::map).list();
    }

    /**
     * The place of a waiting registration in its queue (1 = next): counted on the index of the queue
     * rather than by reading the whole waiting list, which may hold thousands for a popular event.
     */
    int waitingPosition(RegistrationView registration) {
        return jdbc.sql("""
                select count(*) from event_registration where event_id = :event and status = 'WAITLISTED'
                  and (registered_at, id) <= (:registeredAt, :id)""")
                .param("event", registration.eventId()).param("registeredAt", registration.registeredAt())
                .param("id", registration.id()).query(Integer.class).single();
    }

    long insert(long eventId, RegistrationRules.Checked person, RegistrationStatus status, UUID token,
            String language, String consentVersion, OffsetDateTime now) {
        return jdbc.sql("""
                insert into event_registration (event_id, name, email, organisation_id, organisation_name,
                    accessibility_needs, consent_at, consent_version, status, token, language, registered_at)
                values (:event, :name, :email, :organisationId, :organisationName, :needs, :now, :consentVersion,
                    :status, :token, :language, :now)
                returning id""")
                .param("event", eventId).param("name", person.name()).param("email", person.email())
                .param("organisationId", person.organisationId()).param("organisationName", person.organisationName())
                .param("needs", person.accessibilityNeeds()).param("now", now).param("consentVersion", consentVersion)
                .param("status", status.name()).param("token", token).param("language", language)
                .query(Long.class).single();
    }

    boolean cancel(long id, OffsetDateTime now) {
        return jdbc.sql("""
                update event_registration set status = 'CANCELLED', cancelled_at = :now, version = version + 1
                where id = :id and status <> 'CANCELLED'""")
                .param("id", id).param("now", now).update() == 1;
    }

    /** The first person on the waiting list, if any. */
    Optional<RegistrationView> firstWaiting(long eventId) {
        return jdbc.sql("""
                select * from event_registration where event_id = :event and status = 'WAITLISTED'
                order by registered_at, id limit 1""")
                .param("event", eventId).query(RegistrationRepository::map).optional();
    }

    void promote(long id, OffsetDateTime now) {
        jdbc.sql("""
                update event_registration set status = 'CONFIRMED', promoted_at = :now, version = version + 1
                where id = :id and status = 'WAITLISTED'""")
                .param("id", id).param("now", now).update();
    }

    /** Confirmed registrations of events starting within the window that have not had their reminder. */
    List<RegistrationView> dueForReminder(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select r.* from event_registration r join event e on e.id = r.event_id
                where e.status = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to
                  and r.status = 'CONFIRMED' and r.reminder_sent_at is null
                order by r.id""")
                .param("from", from).param("to", to).query(RegistrationRepository::map).list();
    }

    /** Records that the person is being reminded; false when another run did it first. */
    boolean claimReminder(long id, OffsetDateTime now) {
        return jdbc.sql("update event_registration set reminder_sent_at = :now where id = :id and reminder_sent_at is null")
                .param("id", id).param("now", now).update() == 1;
    }

    static RegistrationView map(ResultSet rs, int row) throws SQLException {
        return new RegistrationView(rs.getLong("id"), rs.getLong("event_id"), rs.getString("name"),
                rs.getString("email"), rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                rs.getString("accessibility_needs"), rs.getObject("consent_at", OffsetDateTime.class),
                rs.getString("consent_version"), RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("token", UUID.class), rs.getString("language"),
                rs.getObject("registered_at", OffsetDateTime.class), rs.getObject("promoted_at", OffsetDateTime.class),
                rs.getObject("cancelled_at", OffsetDateTime.class), rs.getBoolean("attended"),
                rs.getObject("attendance_marked_at", OffsetDateTime.class), rs.getLong("version"));
    }
}
