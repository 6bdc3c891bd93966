package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.PeriodType;
import pl.koordynator.es.reporting.ReportStatus;

/**
 * The reporting work of ROPS across the region, for the dashboard: reports waiting for a
 * decision and OWES late with a report. Each answer takes a fixed number of queries whatever the
 * number of reports, because the dashboard asks on every visit. Callers check the role.
 */
@Component
public class ReportingRegionalQueues {

    /** A submitted report: who sent it, for which period, and how many days it has waited. */
    public record WaitingReport(long id, long owesId, String owesName, String templateCode, String period,
            long daysWaiting) {
    }

    /** The submitted reports (all of them counted), the longest waiting first. */
    public record Waiting(long total, List<WaitingReport> first) {
    }

    /** An OWES with no submitted or approved report for a period whose deadline has passed. */
    public record LateOwes(long owesId, String owesName, String templateCode, String period, LocalDate deadline,
            long daysLate) {
    }

    /** The latest period of a template with approved reports. */
    public record ApprovedPeriod(String templateCode, String period) {
    }

    private record CurrentTemplate(String code, PeriodType periodType, int deadlineDays) {
    }

    /** {@code total} counts every submitted report, not only the rows read. */
    private record SubmittedRow(long id, long owesId, String templateCode, String period, OffsetDateTime submittedAt,
            long total) {
    }

    private record PeriodReport(ReportStatus status, LocalDate deadline) {
    }

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Clock clock;

    ReportingRegionalQueues(JdbcClient jdbc, Organisations organisations, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The reports waiting for ROPS's decision, oldest submission first; the same set as the list filtered to submitted. */
    @Transactional(readOnly = true)
    public Waiting waitingForDecision(int first) {
        LocalDate today = LocalDate.now(clock);
        List<SubmittedRow> rows = jdbc.sql("""
                select id, owes_id, template_code, period, submitted_at, count(*) over () as total
                from owes_report where status = 'SUBMITTED'
                order by submitted_at nulls first, id limit :first""")
                .param("first", first)
                .query((rs, n) -> new SubmittedRow(rs.getLong("id"), rs.getLong("owes_id"), rs.getString("template_code"),
                        rs.getString("period"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getLong("total")))
                .list();
        Map<Long, String> names = rows.isEmpty() ? Map.of() : owesNames();
        List<WaitingReport> reports = new ArrayList<>();
        for (SubmittedRow row : rows) {
            long days = row.submittedAt() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(
                    row.submittedAt().atZoneSameInstant(clock.getZone()).toLocalDate(), today));
            reports.add(new WaitingReport(row.id(), row.owesId(), names.getOrDefault(row.owesId(), "#" + row.owesId()),
                    row.templateCode(), row.period(), days));
        }
        return new Waiting(rows.isEmpty() ? 0 : rows.get(0).total(), reports);
    }

    /**
     * For each current template, the OWES of the register (not closed) with no submitted or
     * approved report for the latest period whose deadline has passed: the rows the completeness
     * view of that period marks late. The longest late first, then by name.
     */
    @Transactional(readOnly = true)
    public List<LateOwes> lateOwes() {
        LocalDate today = LocalDate.now(clock);
        List<CurrentTemplate> templates = jdbc.sql(
                "select code, period_type, deadline_days from report_template where current order by code")
                .query((rs, n) -> new CurrentTemplate(rs.getString("code"), PeriodType.valueOf(rs.getString("period_type")),
                        rs.getInt("deadline_days")))
                .list();
        if (templates.isEmpty()) {
            return List.of();
        }
        List<OrganisationView> owes = organisations.ofKind(Kind.OWES);
        List<LateOwes> late = new ArrayList<>();
        for (CurrentTemplate template : templates) {
            Period period = latestPastDeadline(template, today);
            LocalDate templateDeadline = period.end().plusDays(template.deadlineDays());
            Map<Long, PeriodReport> reports = new HashMap<>();
            jdbc.sql("select owes_id, status, deadline from owes_report where template_code = :code and period = :period")
                    .param("code", template.code()).param("period", period.code())
                    .query((rs, n) -> reports.put(rs.getLong("owes_id"), new PeriodReport(
                            ReportStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class))))
                    .list();
            for (OrganisationView centre : owes) {
                PeriodReport report = reports.get(centre.id());
                ReportStatus status = report == null ? null : report.status();
                LocalDate due = report == null ? templateDeadline : report.deadline();
                boolean done = status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
                if (!done && due.isBefore(today)) {
                    late.add(new LateOwes(centre.id(), centre.name(), template.code(), period.code(), due,
                            ChronoUnit.DAYS.between(due, today)));
                }
            }
        }
        late.sort(Comparator.comparingLong(LateOwes::daysLate).reversed()
                .thenComparing(LateOwes::owesName, String.CASE_INSENSITIVE_ORDER));
        return late;
    }

    /** The period with approved reports ending last, of any current template; empty before the first approval. */
    @Transactional(readOnly = true)
    public Optional<ApprovedPeriod> latestApprovedPeriod() {
        return jdbc.sql("""
                select r.template_code, r.period from owes_report r
                join report_template t on t.code = r.template_code and t.current
                where r.status = 'APPROVED' order by r.period_end desc, r.template_code limit 1""")
                .query((rs, n) -> new ApprovedPeriod(rs.getString(1), rs.getString(2))).optional();
    }

    private static Period latestPastDeadline(CurrentTemplate template, LocalDate today) {
        Period period = Period.containing(today, template.periodType()).previous();
        while (!period.end().plusDays(template.deadlineDays()).isBefore(today)) {
            period = period.previous();
        }
        return period;
    }

    private Map<Long, String> owesNames() {
        Map<Long, String> names = new HashMap<>();
        organisations.ofKind(Kind.OWES).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
