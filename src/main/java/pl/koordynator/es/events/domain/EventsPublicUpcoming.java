package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.EventType;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;

/**
 * What the public home page says about events: how many public events take place in the coming
 * month and which are next. Only published public events count; a cancelled one is gone from the
 * home page though the calendar still shows it, crossed out.
 */
@Component
public class EventsPublicUpcoming {

    /** An event as the home page lists it. */
    public record Next(long id, EventType type, String title, OffsetDateTime startsAt, String gminaTeryt,
            String organiserName) {
    }

    /**
     * @param comingMonth events from today until the same day next month, both included (as the API's
     *                    {@code from} and {@code to} days count them)
     * @param next        the first events that have not ended, soonest first
     */
    public record Upcoming(long comingMonth, List<Next> next) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final CachedAnswers<Instant, Upcoming> answers;

    EventsPublicUpcoming(JdbcClient jdbc, Clock clock, DataChanges changes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = clock.getZone();
        // keyed by the minute: an event leaves the list when it ends, whether or not anything changed
        this.answers = changes.cache(2, "events");
    }

    @Transactional(readOnly = true)
    public Upcoming upcoming(int next) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        return answers.get(minute, () -> compute(minute, next));
    }

    private Upcoming compute(Instant minute, int next) {
        LocalDate today = LocalDate.ofInstant(minute, zone);
        long comingMonth = jdbc.sql("""
                select count(*) from event e where e.status = 'PUBLISHED' and e.public_event
                  and e.ends_at >= :from and e.starts_at < :to""")
                .param("from", today.atStartOfDay(zone).toOffsetDateTime())
                .param("to", today.plusMonths(1).plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query(Long.class).single();
        List<Next> first = jdbc.sql("""
                select e.id, e.type, e.title, e.starts_at, e.gmina_teryt, e.organiser_name from event e
                where e.status = 'PUBLISHED' and e.public_event and e.ends_at >= :now
                order by e.starts_at, e.id limit :limit""")
                .param("now", minute.atZone(zone).toOffsetDateTime()).param("limit", next)
                .query((rs, row) -> new Next(rs.getLong("id"), EventType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getString("gmina_teryt"), rs.getString("organiser_name")))
                .list();
        return new Upcoming(comingMonth, first);
    }
}
