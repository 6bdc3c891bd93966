package pl.koordynator.es.reporting.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportTransitioned;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * A report's way DRAFT → SUBMITTED → APPROVED or RETURNED → SUBMITTED: creating it, submitting,
 * approving, returning with comments and reopening. Every transition is audited and announced
 * with {@link ReportTransitioned}; approval and reopening keep the aggregates table right in the
 * same transaction. Runs inside the caller's transaction ({@link ReportService}).
 */
@Component
class ReportWorkflow {

    private final ReportRepository reports;
    private final TemplateRepository templates;
    private final AggregateRepository aggregates;
    private final ReportViews views;
    private final ReportValues values;
    private final ReportAccess access;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReportingText text;

    ReportWorkflow(ReportRepository reports, TemplateRepository templates, AggregateRepository aggregates,
            ReportViews views, ReportValues values, ReportAccess access, Organisations organisations,
            AuditTrail audit, ApplicationEventPublisher events, ReportingText text) {
        this.reports = reports;
        this.templates = templates;
        this.aggregates = aggregates;
        this.views = views;
        this.values = values;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.text = text;
    }

    ReportView create(NewReport input) {
        Reporter reporter = access.reporter();
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null || input.owesId() == null) {
            problems.add(new FieldProblem("owesId", text.get("reporting.report.owes.required")));
        }
        Template template = input == null || input.templateCode() == null ? null
                : templates.current(input.templateCode().strip()).orElse(null);
        if (template == null) {
            problems.add(new FieldProblem("templateCode", text.get("reporting.report.template.unknown")));
        }
        Period period = input == null ? null : Period.parse(input.period()).orElse(null);
        if (period == null) {
            problems.add(new FieldProblem("period", text.get("reporting.report.period.format")));
        } else if (template != null && period.type() != template.periodType()) {
            problems.add(new FieldProblem("period", text.get("reporting.report.period.type",
                    text.get("reporting.periodType." + template.periodType()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!reporter.maySee(input.owesId())) {
            throw new AccessDeniedException("an OWES reports only for itself");
        }
        OrganisationView owes = organisations.find(input.owesId()).filter(o -> o.kind() == Kind.OWES)
                .orElseThrow(() -> InvalidInputException.of("owesId", text.get("reporting.report.owes.unknown")));
        Optional<Long> existing = reports.findId(owes.id(), template.code(), period.code());
        if (existing.isPresent()) {
            throw duplicate(existing.get(), period);
        }
        long id = reports.insert(template.id(), template.code(), owes.id(), period.code(), period.end(),
                period.end().plusDays(template.deadlineDays()), reporter.username());
        if (id < 0) {
            throw duplicate(reports.findId(owes.id(), template.code(), period.code()).orElseThrow(), period);
        }
        ReportView created = views.view(reports.find(id).orElseThrow());
        audit.created(ReportViews.ENTITY, id, ReportViews.state(created));
        return created;
    }

    private ConflictException duplicate(long id, Period period) {
        return new ConflictException("reporting.report.duplicate", "report for " + period + " exists: " + id,
                new Object[] {period.code()}, Map.of("reportId", id));
    }

    ReportView submit(long id, Long version) {
        Reporter reporter = access.reporter();
        ReportView before = views.view(views.visible(id, reporter));
        ReportViews.requireEditable(before);
        List<FieldProblem> problems = values.submissionProblems(before);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return move(before, version, ReportStatus.SUBMITTED, reporter, null, null, Map.of());
    }

    ReportView approve(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = views.view(views.visible(id, reporter));
        ReportViews.requireStatus(before, ReportStatus.SUBMITTED);
        ReportView after = move(before, decision == null ? null : decision.version(), ReportStatus.APPROVED, reporter,
                null, null, Map.of());
        aggregates.write(after, values.template(after));
        return after;
    }

    /** Returns a submitted report to its OWES with a general comment and, optionally, comments per indicator. */
    ReportView returnReport(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = views.view(views.visible(id, reporter));
        Map<String, String> comments = reviewComments(before, decision);
        String comment = decision == null || decision.comment() == null ? "" : decision.comment().strip();
        if (comment.isEmpty() && comments.isEmpty()) {
            throw InvalidInputException.of("comment", text.get("reporting.return.comment.required"));
        }
        if (comment.length() > 2000) {
            throw InvalidInputException.of("comment", text.get("reporting.comment.length"));
        }
        ReportViews.requireStatus(before, ReportStatus.SUBMITTED);
        return move(before, decision.version(), ReportStatus.RETURNED, reporter, comment.isEmpty() ? null : comment,
                null, comments);
    }

    /** Opens an approved report again (it goes back to its OWES as RETURNED), with a reason. */
    ReportView reopen(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = views.view(views.visible(id, reporter));
        String reason = decision == null || decision.comment() == null ? "" : decision.comment().strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("comment", text.get("reporting.reopen.reason.required"));
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of("comment", text.get("reporting.comment.length"));
        }
        ReportViews.requireStatus(before, ReportStatus.APPROVED);
        ReportView after = move(before, decision.version(), ReportStatus.RETURNED, reporter, null, reason, Map.of());
        aggregates.remove(after);
        return after;
    }

    private ReportView move(ReportView before, Long version, ReportStatus to, Reporter reporter, String returnComment,
            String reopenReason, Map<String, String> reviewComments) {
        long expected = version == null ? before.version() : version;
        if (!reports.transition(before.id(), expected, before.status(), to, reporter.username(), returnComment,
                reopenReason)) {
            throw ReportViews.stale(before.id(), expected);
        }
        if (to == ReportStatus.RETURNED || to == ReportStatus.APPROVED) {
            reports.replaceReviewComments(before.id(), reviewComments);
        }
        ReportView after = views.view(reports.find(before.id()).orElseThrow());
        audit.updated(ReportViews.ENTITY, before.id(), ReportViews.state(before), ReportViews.state(after));
        events.publishEvent(new ReportTransitioned(after.id(), after.owesId(), after.templateCode(), after.period(),
                before.status(), to, returnComment != null ? returnComment : reopenReason, reporter.username()));
        return after;
    }

    private Map<String, String> reviewComments(ReportView report, Decision decision) {
        Map<String, String> comments = new LinkedHashMap<>();
        if (decision == null || decision.comments() == null) {
            return comments;
        }
        Template template = values.template(report);
        List<FieldProblem> problems = new ArrayList<>();
        decision.comments().forEach((code, comment) -> {
            if (comment == null || comment.isBlank()) {
                return;
            }
            if (template.indicator(code).isEmpty()) {
                problems.add(new FieldProblem("comments." + code, text.get("reporting.value.unknownCode", code)));
            } else if (comment.strip().length() > 2000) {
                problems.add(new FieldProblem("comments." + code, text.get("reporting.comment.length")));
            } else {
                comments.put(code, comment.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return comments;
    }

    /**
     * Records a report in a given state without a signed-in user; for loading demo data at
     * start-up only. The values pass the same checks and rules as any entry; an approved one
     * goes into the aggregates.
     */
    ReportView recordAtStartup(long owesId, String templateCode, Period period, Map<String, Object> given,
            ReportStatus status, String returnComment, OffsetDateTime submittedAt) {
        Template template = templates.current(templateCode).orElseThrow();
        long id = reports.insert(template.id(), template.code(), owesId, period.code(), period.end(),
                period.end().plusDays(template.deadlineDays()), "system");
        if (id < 0) {
            return views.view(reports.findId(owesId, templateCode, period.code()).flatMap(reports::find).orElseThrow());
        }
        ReportView draft = views.view(reports.find(id).orElseThrow());
        reports.writeValues(id, draft.version(), values.merge(draft, new ValuesInput(given, Map.of(), null)));
        long version = draft.version() + 1;
        if (status != ReportStatus.DRAFT) {
            reports.transition(id, version++, ReportStatus.DRAFT, ReportStatus.SUBMITTED, "system", null, null);
        }
        if (status == ReportStatus.APPROVED || status == ReportStatus.RETURNED) {
            reports.transition(id, version, ReportStatus.SUBMITTED, status, "system", returnComment, null);
        }
        ReportView recorded = views.view(reports.find(id).orElseThrow());
        if (status == ReportStatus.APPROVED) {
            aggregates.write(recorded, template);
        }
        OffsetDateTime decided = submittedAt == null ? null : submittedAt.plusDays(5);
        reports.backdate(id, period.end().atStartOfDay().atOffset(ZoneOffset.UTC).plusDays(1),
                status == ReportStatus.DRAFT ? null : submittedAt,
                status == ReportStatus.APPROVED || status == ReportStatus.RETURNED ? decided : null);
        audit.created(ReportViews.ENTITY, id, ReportViews.state(recorded));
        return recorded;
    }
}
