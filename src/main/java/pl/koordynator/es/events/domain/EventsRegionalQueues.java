package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of the whole region for ROPS's dashboard, each answer in one query whatever the
 * number of events, because the dashboard asks on every visit. Callers check the role.
 */
@Component
public class EventsRegionalQueues {

    /** A published event with its confirmed and waiting people; {@code capacity} null without a limit. */
    public record WeekEvent(long id, String title, OffsetDateTime startsAt, Integer capacity, long confirmed,
            long waitlisted) {

        /** Confirmed people as a whole percentage of the places; null without a limit. */
        public Integer fillPercent() {
            return capacity == null ? null : (int) Math.round(100.0 * confirmed / capacity);
        }
    }

    /** The days of the current week (Monday to Sunday), its published events (all counted) and the first of them. */
    public record Week(LocalDate monday, LocalDate sunday, long total, List<WeekEvent> first) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EventsRegionalQueues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Published events of this week (any that is on some day from Monday to Sunday, as the
     * calendar's search from Monday to Sunday finds them), soonest first.
     */
    @Transactional(readOnly = true)
    public Week thisWeek(int first) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<WeekEvent> events = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("select e.id, e.title, e.starts_at, e.capacity, count(*) over () as total, " + EventRepository.NUMBERS
                + """
                 from event e
                where e.status = 'PUBLISHED' and e.ends_at >= :from and e.starts_at < :to
                order by e.starts_at, e.id limit :first""")
                .param("from", monday.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("to", sunday.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .param("first", first)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    Integer capacity = (Integer) rs.getObject("capacity");
                    return events.add(new WeekEvent(rs.getLong("id"), rs.getString("title"),
                            rs.getObject("starts_at", OffsetDateTime.class), capacity,
                            rs.getLong("confirmed"), rs.getLong("waitlisted")));
                }).list();
        return new Week(monday, sunday, total[0], events);
    }
}
