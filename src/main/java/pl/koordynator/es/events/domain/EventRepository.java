package pl.koordynator.es.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Events in PostgreSQL, with their live numbers of confirmed and waiting participants. */
@Repository
class EventRepository {

    /** The numbers of confirmed and waiting people of event {@code e}, kept per event (V43). */
    static final String NUMBERS = """
            coalesce((select c.confirmed from event_registration_count c where c.event_id = e.id), 0) confirmed,
            coalesce((select c.waitlisted from event_registration_count c where c.event_id = e.id), 0) waitlisted""";

    private static final String SELECT = "select e.*, " + NUMBERS + " from event e";

    /** Which events besides the published public ones a caller sees. */
    record Scope(boolean all, boolean internal, Long ownOrganiser) {
    }

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EventView> find(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EventRepository::map).optional();
    }

    /** Locks the event's row, so registrations for one event queue behind each other and never overfill it. */
    Optional<EventView> lock(long id) {
        jdbc.sql("select id from event where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    long insert(EventRules.Checked event, Long organiserId, String organiserName, String createdBy) {
        return jdbc.sql("""
                insert into event (type, title, description, organiser_id, organiser_name, starts_at, ends_at,
                    gmina_teryt, venue, online_url, capacity, registration_opens_at, registration_closes_at, audience,
                    topics, status, public_event, people_reached, materials_distributed, created_by)
                values (:type, :title, :description, :organiserId, :organiserName, :startsAt, :endsAt, :gmina, :venue,
                    :onlineUrl, :capacity, :opens, :closes, :audience, cast(:topics as varchar[]), :status, :publicEvent,
                    :reached, :materials, :createdBy)
                returning id""")
                .params(fields(event)).param("organiserId", organiserId).param("organiserName", organiserName)
                .param("createdBy", createdBy).query(Long.class).single();
    }

    boolean update(long id, long version, EventRules.Checked event, Long organiserId, String organiserName) {
        return jdbc.sql("""
                update event set type = :type, title = :title, description = :description, organiser_id = :organiserId,
                    organiser_name = :organiserName, starts_at = :startsAt, ends_at = :endsAt, gmina_teryt = :gmina,
                    venue = :venue, online_url = :onlineUrl, capacity = :capacity, registration_opens_at = :opens,
                    registration_closes_at = :closes, audience = :audience, topics = cast(:topics as varchar[]),
                    status = :status, public_event = :publicEvent, people_reached = :reached,
                    materials_distributed = :materials, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(fields(event)).param("organiserId", organiserId).param("organiserName", organiserName)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from event where id = :id and version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    PageOf<EventView> search(EventQuery query, Scope scope, Paging paging, boolean newestFirst) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.all()) {
            where.append(" and ((e.status <> 'DRAFT'");
            if (!scope.internal()) {
                where.append(" and e.public_event");
            }
            where.append(")");
            if (scope.ownOrganiser() != null) {
                where.append(" or e.organiser_id = :own");
                params.put("own", scope.ownOrganiser());
            }
            where.append(")");
        }
        if (query.from() != null) {
            where.append(" and e.ends_at >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and e.starts_at < :to");
            params.put("to", query.to());
        }
        if (query.type() != null) {
            where.append(" and e.type = :type");
            params.put("type", query.type().name());
        }
        if (query.powiatTeryt() != null) {
            where.append(" and e.gmina_teryt like :powiat");
            params.put("powiat", query.powiatTeryt() + "%");
        }
        if (query.rops()) {
            where.append(" and e.organiser_id is null");
        } else if (query.organiserId() != null) {
            where.append(" and e.organiser_id = :organiser");
            params.put("organiser", query.organiserId());
        }
        if (query.topic() != null) {
            where.append(" and :topic = any(e.topics)");
            params.put("topic", query.topic().name());
        }
        if (query.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", query.status().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and e.title ilike :text");
            params.put("text", "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from event e" + where).params(params).query(Long.class).single();
        String order = newestFirst ? " order by e.starts_at desc, e.id desc" : " order by e.starts_at, e.id";
        List<EventView> items = jdbc.sql(SELECT + where + order + " limit :limit offset :offset").params(params)
                .param("limit", paging.size()).param("offset", paging.offset()).query(EventRepository::map).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Organisers that have events, ROPS (null id) included, for the calendar's filter. */
    Map<Long, String> organisers() {
        Map<Long, String> organisers = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (organiser_id) organiser_id, organiser_name from event
                order by organiser_id nulls first, updated_at desc""")
                .query((ResultSet rs) -> {
                    long id = rs.getLong(1);
                    organisers.put(rs.wasNull() ? null : id, rs.getString(2));
                });
        return organisers;
    }

    private static Map<String, Object> fields(EventRules.Checked event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", event.type().name());
        fields.put("title", event.title());
        fields.put("description", event.description());
        fields.put("startsAt", event.startsAt());
        fields.put("endsAt", event.endsAt());
        fields.put("gmina", event.gminaTeryt());
        fields.put("venue", event.venue());
        fields.put("onlineUrl", event.onlineUrl());
        fields.put("capacity", event.capacity());
        fields.put("opens", event.registrationOpensAt());
        fields.put("closes", event.registrationClosesAt());
        fields.put("audience", event.audience());
        fields.put("topics", "{" + String.join(",", event.topics().stream().map(Enum::name).toList()) + "}");
        fields.put("status", event.status().name());
        fields.put("publicEvent", event.publicEvent());
        fields.put("reached", event.peopleReached());
        fields.put("materials", event.materialsDistributed());
        return fields;
    }

    private static EventView map(ResultSet rs, int row) throws SQLException {
        return new EventView(rs.getLong("id"), EventType.valueOf(rs.getString("type")), rs.getString("title"),
                rs.getString("description"), (Long) rs.getObject("organiser_id", Long.class),
                rs.getString("organiser_name"), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getString("gmina_teryt"), rs.getString("venue"),
                rs.getString("online_url"), rs.getObject("capacity", Integer.class),
                rs.getObject("registration_opens_at", OffsetDateTime.class),
                rs.getObject("registration_closes_at", OffsetDateTime.class), rs.getString("audience"),
                EventCalendar.topics(rs.getArray("topics")), EventStatus.valueOf(rs.getString("status")),
                rs.getBoolean("public_event"), rs.getObject("people_reached", Integer.class),
                rs.getObject("materials_distributed", Integer.class), rs.getInt("confirmed"), rs.getInt("waitlisted"),
                rs.getLong("version"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
