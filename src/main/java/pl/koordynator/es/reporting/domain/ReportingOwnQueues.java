package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.shared.PageOf;

/**
 * An OWES's own reporting work: the reports it still has to write (drafts) or correct (returned
 * by ROPS), the nearest deadline first, so an overdue report leads the list. One query, whatever
 * the number of reports; the caller scopes it to the OWES the user acts for.
 */
@Component
public class ReportingOwnQueues {

    /** A report to work on, with the name of its template and whether its deadline has passed. */
    public record ReportToDo(long id, String templateName, String period, LocalDate deadline, ReportStatus status,
            boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingOwnQueues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<ReportToDo> toWriteOrCorrect(long owesId, int first) {
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<ReportToDo> reports = jdbc.sql("""
                        select r.id, t.name, r.period, r.deadline, r.status, count(*) over () total
                        from owes_report r join report_template t on t.id = r.template_id
                        where r.owes_id = :owes and r.status in ('DRAFT', 'RETURNED')
                        order by r.deadline, r.period_end, r.id limit :first""")
                .param("owes", owesId).param("first", first)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    return new ReportToDo(rs.getLong("id"), rs.getString("name"), rs.getString("period"), deadline,
                            ReportStatus.valueOf(rs.getString("status")), deadline.isBefore(today));
                }).list();
        return new PageOf<>(reports, 0, first, total[0]);
    }
}
