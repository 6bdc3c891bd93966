package pl.koordynator.es.events.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.shared.PageOf;

/**
 * The events an organisation's own people have to keep an eye on: an OWES's coming events and
 * the plan's overlaps that involve them, the coming events a PES's people registered for, the
 * coming events in a partner's gmina. Each list is one query (a window count gives the total);
 * the callers scope them to the organisation the user acts for.
 */
@Component
public class EventsOwnQueues {

    /**
     * A coming event with its numbers: {@code confirmed} and {@code waitlisted} count everybody,
     * {@code ours} and {@code oursWaiting} only the registrations of the asking organisation
     * (zero where the question is not about registrations).
     */
    public record ComingEvent(long id, String title, OffsetDateTime startsAt, EventStatus status, Integer capacity,
            int confirmed, int waitlisted, int ours, int oursWaiting) {
    }

    private final JdbcClient jdbc;
    private final ActivityPlan plan;
    private final Clock clock;

    EventsOwnQueues(JdbcClient jdbc, ActivityPlan plan, Clock clock) {
        this.jdbc = jdbc;
        this.plan = plan;
        this.clock = clock;
    }

    /** The OWES's events that have not ended, drafts included (they still need work), cancelled ones not; soonest first. */
    @Transactional(readOnly = true)
    public PageOf<ComingEvent> organisedBy(long owesId, int first) {
        return page(jdbc.sql("select e.id, e.title, e.starts_at, e.status, e.capacity, " + EventRepository.NUMBERS
                        + ", 0 ours, 0 ours_waiting, count(*) over () total from event e"
                        + " where e.organiser_id = :owes and e.status <> 'CANCELLED' and e.ends_at >= :now"
                        + " order by e.starts_at, e.id limit :first")
                .param("owes", owesId).param("now", OffsetDateTime.now(clock)).param("first", first), first);
    }

    /** Published events that have not ended for which someone of the organisation holds a place or waits for one. */
    @Transactional(readOnly = true)
    public PageOf<ComingEvent> registeredBy(long organisationId, int first) {
        return page(jdbc.sql("select e.id, e.title, e.starts_at, e.status, e.capacity, " + EventRepository.NUMBERS + ","
                        + " count(*) filter (where own.status = 'CONFIRMED') ours,"
                        + " count(*) filter (where own.status = 'WAITLISTED') ours_waiting, count(*) over () total"
                        + " from event e join event_registration own on own.event_id = e.id"
                        + " where own.organisation_id = :organisation and own.status <> 'CANCELLED'"
                        + " and e.status = 'PUBLISHED' and e.ends_at >= :now"
                        + " group by e.id order by e.starts_at, e.id limit :first")
                .param("organisation", organisationId).param("now", OffsetDateTime.now(clock))
                .param("first", first), first);
    }

    /** Published events in the gmina that have not ended, internal ones too (the reader is signed in); soonest first. */
    @Transactional(readOnly = true)
    public PageOf<ComingEvent> inGmina(String gminaTeryt, int first) {
        return page(jdbc.sql("select e.id, e.title, e.starts_at, e.status, e.capacity, " + EventRepository.NUMBERS
                        + ", 0 ours, 0 ours_waiting, count(*) over () total from event e"
                        + " where e.gmina_teryt = :gmina and e.status = 'PUBLISHED' and e.ends_at >= :now"
                        + " order by e.starts_at, e.id limit :first")
                .param("gmina", gminaTeryt).param("now", OffsetDateTime.now(clock)).param("first", first), first);
    }

    /**
     * Possible duplicates with one of the OWES's events, over the days the plan's overlap API looks
     * at by default (this month and the five after it), soonest first.
     */
    public List<Overlap> overlapsOf(long owesId) {
        LocalDate from = plan.thisMonth().atDay(1);
        List<Overlap> own = new ArrayList<>();
        for (Overlap overlap : plan.overlaps(from, from.plusMonths(6).minusDays(1))) {
            if (Objects.equals(overlap.first().organiserId(), owesId)
                    || Objects.equals(overlap.second().organiserId(), owesId)) {
                own.add(overlap);
            }
        }
        return own;
    }

    private static PageOf<ComingEvent> page(JdbcClient.StatementSpec query, int first) {
        long[] total = {0};
        List<ComingEvent> events = query.query((ResultSet rs, int row) -> {
            total[0] = rs.getLong("total");
            return event(rs);
        }).list();
        return new PageOf<>(events, 0, first, total[0]);
    }

    private static ComingEvent event(ResultSet rs) throws SQLException {
        return new ComingEvent(rs.getLong("id"), rs.getString("title"), rs.getObject("starts_at", OffsetDateTime.class),
                EventStatus.valueOf(rs.getString("status")), rs.getObject("capacity", Integer.class),
                rs.getInt("confirmed"), rs.getInt("waitlisted"), rs.getInt("ours"), rs.getInt("ours_waiting"));
    }
}
