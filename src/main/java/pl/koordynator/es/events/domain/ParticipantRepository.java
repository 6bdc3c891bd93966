package pl.koordynator.es.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.events.RegistrationStatus;

/** Registrations read for organisers (without the participant's token) and their attendance marks. */
@Repository
class ParticipantRepository {

    private static final String COLUMNS = """
            id, name, email, organisation_id, organisation_name, accessibility_needs, status, registered_at,
            attended, attendance_marked_at""";

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every registration of the event in order of registration, which is also the order of the waiting list. */
    List<Participant> of(long eventId) {
        return jdbc.sql("select " + COLUMNS + " from event_registration where event_id = :event order by registered_at, id")
                .param("event", eventId).query(ParticipantRepository::map).list();
    }

    Optional<Participant> find(long eventId, long registrationId) {
        return jdbc.sql("select " + COLUMNS + " from event_registration where event_id = :event and id = :id")
                .param("event", eventId).param("id", registrationId).query(ParticipantRepository::map).optional();
    }

    /** Sets the mark of a confirmed registration; false when it is not (any more) confirmed. */
    boolean mark(long eventId, long registrationId, boolean attended, OffsetDateTime now) {
        return jdbc.sql("""
                update event_registration set attended = :attended,
                    attendance_marked_at = case when :attended then cast(:now as timestamptz) else null end,
                    version = version + 1
                where id = :id and event_id = :event and status = 'CONFIRMED'""")
                .param("attended", attended).param("now", now).param("id", registrationId).param("event", eventId)
                .update() == 1;
    }

    static Participant map(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                rs.getString("accessibility_needs"), RegistrationStatus.valueOf(rs.getString("status")),
                rs.getObject("registered_at", OffsetDateTime.class), rs.getBoolean("attended"),
                rs.getObject("attendance_marked_at", OffsetDateTime.class));
    }
}
