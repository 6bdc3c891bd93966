package pl.koordynator.es.reporting.domain;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.shared.PageOf;

/**
 * An OWES's own reporting work: the reports it still has to write (drafts, and the report of the
 * last ended period of each current template when it has not started it yet, the same rule the
 * reminders follow) or correct (returned by ROPS), the nearest deadline first, so an overdue
 * report leads the list. Two queries, whatever the number of reports; the caller scopes them to
 * the OWES the user acts for.
 */
@Component
public class ReportingOwnQueues {

    /**
     * A report to work on, with the name of its template and whether its deadline has passed;
     * {@code id} and {@code status} are null for a report not started yet.
     */
    public record ReportToWrite(Long id, String templateCode, String templateName, String period, LocalDate deadline,
            ReportStatus status, boolean overdue) {

        public boolean notStarted() {
            return id == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportingOwnQueues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageOf<ReportToWrite> toWriteOrCorrect(long owesId, int first) {
        LocalDate today = LocalDate.now(clock);
        long[] total = {0};
        List<ReportToWrite> reports = new ArrayList<>(jdbc.sql("""
                        select r.id, r.template_code, t.name, r.period, r.deadline, r.status, count(*) over () total
                        from owes_report r join report_template t on t.id = r.template_id
                        where r.owes_id = :owes and r.status in ('DRAFT', 'RETURNED')
                        order by r.deadline, r.period_end, r.id limit :first""")
                .param("owes", owesId).param("first", first)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    return new ReportToWrite(rs.getLong("id"), rs.getString("template_code"), rs.getString("name"),
                            rs.getString("period"), deadline, ReportStatus.valueOf(rs.getString("status")),
                            deadline.isBefore(today));
                }).list());
        List<ReportToWrite> notStarted = jdbc.sql("""
                        select t.code, t.name, t.period_type, t.deadline_days,
                            array(select r.period from owes_report r where r.owes_id = :owes and r.template_code = t.code) periods
                        from report_template t where t.current order by t.code""")
                .param("owes", owesId)
                .query((rs, row) -> {
                    Period last = Period.containing(today, PeriodType.valueOf(rs.getString("period_type"))).previous();
                    Array periods = rs.getArray("periods");
                    if (periods != null && Arrays.asList((String[]) periods.getArray()).contains(last.code())) {
                        return null;
                    }
                    LocalDate deadline = last.end().plusDays(rs.getInt("deadline_days"));
                    return new ReportToWrite(null, rs.getString("code"), rs.getString("name"), last.code(), deadline,
                            null, deadline.isBefore(today));
                }).list().stream().filter(java.util.Objects::nonNull).toList();
        reports.addAll(notStarted);
        reports.sort(Comparator.comparing(ReportToWrite::deadline));
        return new PageOf<>(List.copyOf(reports.subList(0, Math.min(first, reports.size()))), 0, first,
                total[0] + notStarted.size());
    }
}
