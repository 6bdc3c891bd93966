package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportTransitioned;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * OWES reports, the one door the pages and the API use: the workflow DRAFT → SUBMITTED →
 * APPROVED or RETURNED → SUBMITTED ({@link ReportWorkflow}), value entry and rule checks
 * ({@link ReportValues}), attachments ({@link ReportAttachments}) and the views of reports
 * ({@link ReportViews}). An OWES writes its own reports while they are DRAFT or RETURNED; ROPS
 * approves, returns with comments and reopens an approved report with a reason. Every transition
 * is audited and announced with {@link ReportTransitioned}. Transactions and role checks are
 * here, so that each call is one transaction whichever jobs it takes.
 */
@Service
public class ReportService {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final ReportViews views;
    private final ReportValues values;
    private final ReportWorkflow workflow;
    private final ReportAttachments attachments;
    private final Clock clock;

    ReportService(ReportRepository reports, ReportAccess access, ReportViews views, ReportValues values,
            ReportWorkflow workflow, ReportAttachments attachments, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.views = views;
        this.values = values;
        this.workflow = workflow;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** The caller, as the pages need to know which actions to offer. */
    public Reporter reporter() {
        return access.reporter();
    }

    @Transactional
    public ReportView create(NewReport input) {
        return workflow.create(input);
    }

    @Transactional(readOnly = true)
    public ReportView get(long id) {
        return views.view(views.visible(id, access.reporter()));
    }

    /** Reports the caller may see, newest period first; an OWES user sees only their OWES's. */
    @Transactional(readOnly = true)
    public List<ReportView> search(Long owesId, String templateCode, String period, ReportStatus status) {
        Reporter reporter = access.reporter();
        Long scope = reporter.admin() ? owesId : reporter.owesId();
        return views.views(reports.search(scope, blankToNull(templateCode), blankToNull(period), status, 500));
    }

    /** The template version a report was created with. */
    @Transactional(readOnly = true)
    public Template template(ReportView report) {
        return values.template(report);
    }

    /** Values other modules know for the report's OWES and period, by indicator code. */
    @Transactional(readOnly = true)
    public Map<String, KnownValue> knownValues(ReportView report) {
        return values.knownValues(report);
    }

    /** The problems the values would have if saved, without saving them; for validation as one types. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long id, ValuesInput input) {
        return values.check(id, input);
    }

    @Transactional
    public ReportView saveValues(long id, ValuesInput input) {
        return values.save(id, input);
    }

    @Transactional
    public ReportView submit(long id, Long version) {
        return workflow.submit(id, version);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView approve(long id, Decision decision) {
        return workflow.approve(id, decision);
    }

    /** Returns a submitted report to its OWES with a general comment and, optionally, comments per indicator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView returnReport(long id, Decision decision) {
        return workflow.returnReport(id, decision);
    }

    /** Opens an approved report again (it goes back to its OWES as RETURNED); ADMIN only, with a reason. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView reopen(long id, Decision decision) {
        return workflow.reopen(id, decision);
    }

    @Transactional
    public ReportRepository.Attachment addAttachment(long id, String filename, byte[] content) {
        return attachments.add(id, filename, content);
    }

    /** The largest attachment taken, in megabytes, for the form's hint. */
    public BigDecimal attachmentLimit() {
        return attachments.limit();
    }

    @Transactional(readOnly = true)
    public List<ReportRepository.Attachment> attachments(long id) {
        return attachments.list(id);
    }

    /** An attachment's name and content. */
    @Transactional(readOnly = true)
    public Map.Entry<String, byte[]> attachment(long id, long attachmentId) {
        return attachments.get(id, attachmentId);
    }

    @Transactional
    public void deleteAttachment(long id, long attachmentId) {
        attachments.delete(id, attachmentId);
    }

    /** Today in the application's clock, for the pages' overdue marks and for reminders. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a report in a given state without a signed-in user; for loading demo data at
     * start-up only. The values pass the same checks and rules as any entry; an approved one
     * goes into the aggregates.
     */
    @Transactional
    public ReportView recordAtStartup(long owesId, String templateCode, Period period, Map<String, Object> values,
            ReportStatus status, String returnComment, OffsetDateTime submittedAt) {
        return workflow.recordAtStartup(owesId, templateCode, period, values, status, returnComment, submittedAt);
    }

    /** For demo data only: a report's creation, submission and decision at past moments. */
    @Transactional
    void backdate(long id, OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
        reports.backdate(id, createdAt, submittedAt, decidedAt);
    }

    static BigDecimal normalise(BigDecimal number) {
        return ReportValues.normalise(number);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
