package pl.koordynator.es.needs.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The needs waiting for ROPS's moderation, for its dashboard: one query whatever their number. Callers check the role. */
@Component
public class NeedsRegionalQueues {

    public record WaitingNeed(long id, String title, String organisationName, long daysWaiting) {
    }

    /** Every submitted need counted, the longest waiting first. */
    public record Waiting(long total, List<WaitingNeed> first) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NeedsRegionalQueues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Waiting waitingForModeration(int first) {
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<WaitingNeed> needs = new ArrayList<>();
        jdbc.sql("""
                select id, title, organisation_name, submitted_at, count(*) over () as total
                from reported_need where status = 'SUBMITTED' order by submitted_at, id limit :first""")
                .param("first", first)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    LocalDate submitted = rs.getObject("submitted_at", OffsetDateTime.class)
                            .atZoneSameInstant(clock.getZone()).toLocalDate();
                    return needs.add(new WaitingNeed(rs.getLong("id"), rs.getString("title"),
                            rs.getString("organisation_name"), Math.max(0, ChronoUnit.DAYS.between(submitted, today))));
                }).list();
        return new Waiting(total[0], needs);
    }
}
