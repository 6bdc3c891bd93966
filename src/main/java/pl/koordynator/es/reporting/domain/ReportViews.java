package pl.koordynator.es.reporting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Reports as the pages and the API show them, and the checks every job of the service starts
 * with (may the caller see it, may it still be edited). A list of reports is put together in a
 * fixed number of queries however long it is: the values, the review comments and the OWES
 * names of all its reports at once.
 */
@Component
class ReportViews {

    static final String ENTITY = "OwesReport";

    private final ReportRepository reports;
    private final Organisations organisations;
    private final Clock clock;

    ReportViews(ReportRepository reports, Organisations organisations, Clock clock) {
        this.reports = reports;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The report, when the caller may see it; another OWES's report does not exist for them. */
    ReportRepository.Row visible(long id, Reporter reporter) {
        return reports.find(id).filter(row -> reporter.maySee(row.owesId()))
                .orElseThrow(() -> new NotFoundException("report", id));
    }

    ReportView view(ReportRepository.Row row) {
        return views(List.of(row)).get(0);
    }

    /** The rows as views, in their order. */
    List<ReportView> views(List<ReportRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ReportRepository.Row::id).toList();
        Map<Long, List<ReportRepository.Value>> values = reports.valuesOf(ids);
        Map<Long, Map<String, String>> reviewComments = reports.reviewCommentsOf(ids);
        Set<Long> owesIds = new LinkedHashSet<>();
        rows.forEach(row -> owesIds.add(row.owesId()));
        Map<Long, OrganisationView> owes = organisations.findAll(owesIds);
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> view(row, values.getOrDefault(row.id(), List.of()),
                reviewComments.getOrDefault(row.id(), Map.of()), owes.get(row.owesId()), today)).toList();
    }

    private static ReportView view(ReportRepository.Row row, List<ReportRepository.Value> stored,
            Map<String, String> reviewComments, OrganisationView owes, LocalDate today) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (ReportRepository.Value value : stored) {
            if (value.number() != null) {
                values.put(value.key(), ReportValues.normalise(value.number()));
            } else if (value.text() != null) {
                values.put(value.key(), value.text());
            }
            if (value.comment() != null) {
                comments.put(value.code(), value.comment());
            }
        }
        Period period = Period.parse(row.period()).orElseThrow();
        String owesName = owes == null ? "#" + row.owesId() : owes.name();
        boolean overdue = row.deadline().isBefore(today)
                && (row.status() == ReportStatus.DRAFT || row.status() == ReportStatus.RETURNED);
        return new ReportView(row.id(), row.templateCode(), row.templateVersion(), row.templateId(), row.owesId(),
                owesName, row.period(), period.start(), period.end(), row.deadline(), row.status(), values, comments,
                new LinkedHashMap<>(reviewComments), row.returnComment(), row.reopenReason(), row.submittedAt(),
                row.decidedAt(), row.decidedBy(), row.version(), overdue);
    }

    /** What the audit trail records of a report. */
    static Map<String, Object> state(ReportView report) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("owesId", report.owesId());
        state.put("templateCode", report.templateCode());
        state.put("templateVersion", report.templateVersion());
        state.put("period", report.period());
        state.put("status", report.status());
        state.put("values", report.values().toString());
        state.put("comments", report.comments().toString());
        state.put("reviewComments", report.reviewComments().toString());
        state.put("returnComment", report.returnComment());
        state.put("reopenReason", report.reopenReason());
        return state;
    }

    static void requireEditable(ReportView report) {
        if (!report.editable()) {
            throw new ConflictException("reporting.report.locked." + report.status(),
                    "report " + report.id() + " is " + report.status());
        }
    }

    static void requireStatus(ReportView report, ReportStatus status) {
        if (report.status() != status) {
            throw new ConflictException("reporting.report.wrongStatus." + report.status(),
                    "report " + report.id() + " is " + report.status() + ", not " + status);
        }
    }

    static ConflictException stale(long id, long version) {
        return new ConflictException("problem.concurrentEdit", "report " + id + " changed since version " + version);
    }
}
