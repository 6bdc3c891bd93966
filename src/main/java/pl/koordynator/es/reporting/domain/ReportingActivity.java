package pl.koordynator.es.reporting.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.ReportStatus;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code reports}, on an OWES's card: its periodic reports, latest period first, with their status
 * and deadline. By the rules of {@link ReportAccess} only ROPS and the staff of that OWES see them;
 * another OWES, the other roles and visitors get no section (a report of another OWES does not exist
 * for them). The figures (reports by status) and the first rows in one query.
 */
@Component("reportingOrganisationActivity")
class ReportingActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final ReportAccess access;

    ReportingActivity(JdbcClient jdbc, ReportAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivitySection> sections(OrganisationView organisation) {
        if (organisation.kind() != Kind.OWES
                || reporter().filter(reporter -> reporter.maySee(organisation.id())).isEmpty()) {
            return List.of();
        }
        record Report(long id, String period, String template, ReportStatus status, LocalDate deadline, long total,
                long approved, long waiting, long toWrite) {
        }
        List<Report> reports = jdbc.sql("""
                select r.id, r.period, t.name as template, r.status, r.deadline, count(*) over () as total,
                    count(*) filter (where r.status = 'APPROVED') over () as approved,
                    count(*) filter (where r.status = 'SUBMITTED') over () as waiting,
                    count(*) filter (where r.status in ('DRAFT', 'RETURNED')) over () as to_write
                from owes_report r join report_template t on t.id = r.template_id
                where r.owes_id = :owes
                order by r.period_end desc, r.template_code, r.id desc limit :limit""")
                .param("owes", organisation.id()).param("limit", ActivitySection.FIRST_ROWS)
                .query((rs, n) -> new Report(rs.getLong("id"), rs.getString("period"), rs.getString("template"),
                        ReportStatus.valueOf(rs.getString("status")), rs.getObject("deadline", LocalDate.class),
                        rs.getLong("total"), rs.getLong("approved"), rs.getLong("waiting"), rs.getLong("to_write")))
                .list();
        List<FigureGroup> figures = new ArrayList<>();
        long total = 0;
        if (!reports.isEmpty()) {
            Report first = reports.get(0);
            total = first.total();
            figures.add(new FigureGroup("byStatus", null, List.of(
                    new Figure("APPROVED", message("history.reports.approved"), first.approved()),
                    new Figure("SUBMITTED", message("history.reports.waiting"), first.waiting()),
                    new Figure("DRAFT", message("history.reports.toWrite"), first.toWrite()))));
        }
        return List.of(new ActivitySection("reports", 60, message("history.reports.title"), figures,
                reports.stream().map(report -> new Row(literal(report.period() + " · " + report.template()),
                        "/reporting/reports/" + report.id(), message("history.reports.row",
                                message("reporting.status." + report.status()), DATE.format(report.deadline()))))
                        .toList(),
                total, "/reporting?owesId=" + organisation.id(), message("history.reports.more"),
                message("history.reports.empty")));
    }

    /** The caller as the reports see them; none for those who have no business with reports. */
    private Optional<ReportAccess.Reporter> reporter() {
        try {
            return Optional.of(access.reporter());
        } catch (AccessDeniedException noReports) {
            return Optional.empty();
        }
    }
}
