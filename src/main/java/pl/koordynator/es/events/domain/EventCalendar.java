package pl.koordynator.es.events.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventTopic;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.shared.PlatformSettings;

/** The events facade for other modules: plain reads, the same for every caller. */
@Service
class EventCalendar implements Events {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EventCalendar(JdbcClient jdbc, PlatformSettings settings) {
        this.jdbc = jdbc;
        this.zone = settings.timeZone();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> attendingOrganisations(Long organiserId, LocalDate from, LocalDate to) {
        return new LinkedHashSet<>(jdbc.sql("""
                select distinct r.organisation_id from event_registration r join event e on e.id = r.event_id
                where r.attended and r.organisation_id is not null and e.status <> 'CANCELLED'
                  and e.starts_at >= :from and e.starts_at < :to
                  and (cast(:organiser as bigint) is null or e.organiser_id = :organiser)
                order by 1""")
                .param("from", start(from)).param("to", start(to.plusDays(1))).param("organiser", organiserId)
                .query(Long.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlannedEvent> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, topics, status,
                    public_event
                from event where status <> 'CANCELLED' and starts_at >= :from and starts_at < :to
                order by starts_at, id""")
                .param("from", start(from)).param("to", start(to.plusDays(1)))
                .query((rs, row) -> planned(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attendance> attendanceByOrganiser(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct e.organiser_id, r.organisation_id from event_registration r join event e on e.id = r.event_id
                where r.attended and r.organisation_id is not null and e.status <> 'CANCELLED'
                  and e.starts_at >= :from and e.starts_at < :to
                order by 1, 2""")
                .param("from", start(from)).param("to", start(to.plusDays(1)))
                .query((rs, row) -> {
                    long organiser = rs.getLong(1);
                    return new Attendance(rs.wasNull() ? null : organiser, rs.getLong(2));
                }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlannedEvent> event(long id) {
        return jdbc.sql("""
                select id, type, title, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, topics, status,
                    public_event
                from event where id = :id""")
                .param("id", id).query((rs, row) -> planned(rs)).optional();
    }

    private static final String ATTENDANCE = """
            select e.id, e.type, e.title, e.starts_at, e.gmina_teryt, e.status,
                count(r.id) filter (where r.attended and r.status = 'CONFIRMED'),
                array_remove(array_agg(distinct r.organisation_id)
                    filter (where r.attended and r.status = 'CONFIRMED'), null)
            from event e left join event_registration r on r.event_id = e.id
            """;

    @Override
    @Transactional(readOnly = true)
    public List<EventAttendance> attendance(LocalDate from, LocalDate to) {
        return jdbc.sql(ATTENDANCE + " where e.status <> 'CANCELLED' and e.starts_at >= :from and e.starts_at < :to"
                        + " group by e.id order by e.starts_at, e.id")
                .param("from", start(from)).param("to", start(to.plusDays(1)))
                .query((rs, row) -> attendance(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EventAttendance> attendanceOf(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ATTENDANCE + " where e.id in (:ids) group by e.id order by e.starts_at, e.id")
                .param("ids", eventIds).query((rs, row) -> attendance(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> peopleReached(Collection<Long> eventIds) {
        java.util.Map<Long, Integer> reached = new java.util.HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("select id, people_reached from event where id in (:ids) and people_reached is not null")
                    .param("ids", eventIds).query((rs, row) -> reached.put(rs.getLong(1), rs.getInt(2))).list();
        }
        return reached;
    }

    private static EventAttendance attendance(ResultSet rs) throws SQLException {
        Set<Long> organisations = new HashSet<>();
        // array_agg over no attended registration is null, not empty: an event nobody attended yet
        Array attending = rs.getArray(8);
        for (Object id : attending == null ? new Object[0] : (Object[]) attending.getArray()) {
            organisations.add(((Number) id).longValue());
        }
        return new EventAttendance(rs.getLong(1), EventType.valueOf(rs.getString(2)), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), EventStatus.valueOf(rs.getString(6)),
                rs.getLong(7), Set.copyOf(organisations));
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    static PlannedEvent planned(ResultSet rs) throws SQLException {
        long organiser = rs.getLong("organiser_id");
        return new PlannedEvent(rs.getLong("id"), EventType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.wasNull() ? null : organiser, rs.getString("organiser_name"),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("gmina_teryt"), topics(rs.getArray("topics")),
                EventStatus.valueOf(rs.getString("status")), rs.getBoolean("public_event"));
    }

    static List<EventTopic> topics(Array array) throws SQLException {
        List<EventTopic> topics = new ArrayList<>();
        if (array != null) {
            for (Object code : (Object[]) array.getArray()) {
                topics.add(EventTopic.valueOf((String) code));
            }
        }
        return topics;
    }
}
