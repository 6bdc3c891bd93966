package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.KnownValues;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportTransitioned;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * OWES reports and their workflow DRAFT → SUBMITTED → APPROVED or RETURNED → SUBMITTED. An OWES
 * writes its own reports while they are DRAFT or RETURNED; ROPS approves, returns with comments
 * and reopens an approved report with a reason. Every transition is audited and announced with
 * {@link ReportTransitioned}; approval and reopening keep the aggregates table right in the
 * same transaction.
 */
@Service
public class ReportService {

    static final String ENTITY = "OwesReport";

    private final ReportRepository reports;
    private final TemplateRepository templates;
    private final AggregateRepository aggregates;
    private final ReportAccess access;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ReportingText text;
    private final ObjectProvider<KnownValues> knownValues;
    private final Clock clock;
    private final UploadSettings uploads;

    ReportService(ReportRepository reports, TemplateRepository templates, AggregateRepository aggregates,
            ReportAccess access, Organisations organisations, AuditTrail audit, ApplicationEventPublisher events,
            ReportingText text, ObjectProvider<KnownValues> knownValues, Clock clock, UploadSettings uploads) {
        this.reports = reports;
        this.templates = templates;
        this.aggregates = aggregates;
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.text = text;
        this.knownValues = knownValues;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** The caller, as the pages need to know which actions to offer. */
    public Reporter reporter() {
        return access.reporter();
    }

    @Transactional
    public ReportView create(NewReport input) {
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
        ReportView created = view(reports.find(id).orElseThrow());
        audit.created(ENTITY, id, state(created));
        return created;
    }

    private ConflictException duplicate(long id, Period period) {
        return new ConflictException("reporting.report.duplicate", "report for " + period + " exists: " + id,
                new Object[] {period.code()}, Map.of("reportId", id));
    }

    @Transactional(readOnly = true)
    public ReportView get(long id) {
        return view(visible(id, access.reporter()));
    }

    /** Reports the caller may see, newest period first; an OWES user sees only their OWES's. */
    @Transactional(readOnly = true)
    public List<ReportView> search(Long owesId, String templateCode, String period, ReportStatus status) {
        Reporter reporter = access.reporter();
        Long scope = reporter.admin() ? owesId : reporter.owesId();
        return reports.search(scope, blankToNull(templateCode), blankToNull(period), status, 500).stream()
                .map(this::view).toList();
    }

    /** The template version a report was created with. */
    @Transactional(readOnly = true)
    public Template template(ReportView report) {
        return templates.byId(report.templateId()).orElseThrow();
    }

    /** Values other modules know for the report's OWES and period, by indicator code. */
    @Transactional(readOnly = true)
    public Map<String, KnownValue> knownValues(ReportView report) {
        Map<String, KnownValue> known = new LinkedHashMap<>();
        for (Indicator indicator : template(report).indicators()) {
            if (!indicator.numeric()) {
                continue;
            }
            knownValues.orderedStream()
                    .map(source -> source.value(report.owesId(), indicator.code(), report.periodStart(), report.periodEnd()))
                    .flatMap(Optional::stream).findFirst().ifPresent(value -> known.put(indicator.code(), value));
        }
        return known;
    }

    /** The problems the values would have if saved, without saving them; for validation as one types. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long id, ValuesInput input) {
        ReportView report = view(visible(id, access.reporter()));
        try {
            merge(report, input);
            return List.of();
        } catch (InvalidInputException problems) {
            return problems.problems();
        }
    }

    @Transactional
    public ReportView saveValues(long id, ValuesInput input) {
        Reporter reporter = access.reporter();
        ReportView before = view(visible(id, reporter));
        requireEditable(before);
        List<ReportRepository.Value> merged = merge(before, input);
        long version = input.version() == null ? before.version() : input.version();
        if (!reports.writeValues(id, version, merged)) {
            throw stale(id, version);
        }
        ReportView after = view(reports.find(id).orElseThrow());
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    @Transactional
    public ReportView submit(long id, Long version) {
        Reporter reporter = access.reporter();
        ReportView before = view(visible(id, reporter));
        requireEditable(before);
        Template template = template(before);
        List<FieldProblem> problems = new ArrayList<>();
        for (Indicator indicator : template.indicators()) {
            if (indicator.numeric() && before.values().get(indicator.code()) == null) {
                problems.add(new FieldProblem("values." + indicator.code(),
                        text.get("reporting.value.required", indicator.name())));
            }
        }
        problems.addAll(ruleProblems(template, numbers(before.values())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return move(before, version, ReportStatus.SUBMITTED, reporter, null, null, Map.of());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView approve(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = view(visible(id, reporter));
        requireStatus(before, ReportStatus.SUBMITTED);
        ReportView after = move(before, decision == null ? null : decision.version(), ReportStatus.APPROVED, reporter,
                null, null, Map.of());
        aggregates.write(after, template(after));
        return after;
    }

    /** Returns a submitted report to its OWES with a general comment and, optionally, comments per indicator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView returnReport(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = view(visible(id, reporter));
        Map<String, String> comments = reviewComments(before, decision);
        String comment = decision == null || decision.comment() == null ? "" : decision.comment().strip();
        if (comment.isEmpty() && comments.isEmpty()) {
            throw InvalidInputException.of("comment", text.get("reporting.return.comment.required"));
        }
        if (comment.length() > 2000) {
            throw InvalidInputException.of("comment", text.get("reporting.comment.length"));
        }
        requireStatus(before, ReportStatus.SUBMITTED);
        return move(before, decision.version(), ReportStatus.RETURNED, reporter, comment.isEmpty() ? null : comment,
                null, comments);
    }

    /** Opens an approved report again (it goes back to its OWES as RETURNED); ADMIN only, with a reason. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ReportView reopen(long id, Decision decision) {
        Reporter reporter = access.reporter();
        ReportView before = view(visible(id, reporter));
        String reason = decision == null || decision.comment() == null ? "" : decision.comment().strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("comment", text.get("reporting.reopen.reason.required"));
        }
        if (reason.length() > 2000) {
            throw InvalidInputException.of("comment", text.get("reporting.comment.length"));
        }
        requireStatus(before, ReportStatus.APPROVED);
        ReportView after = move(before, decision.version(), ReportStatus.RETURNED, reporter, null, reason, Map.of());
        aggregates.remove(after);
        return after;
    }

    private ReportView move(ReportView before, Long version, ReportStatus to, Reporter reporter, String returnComment,
            String reopenReason, Map<String, String> reviewComments) {
        long expected = version == null ? before.version() : version;
        if (!reports.transition(before.id(), expected, before.status(), to, reporter.username(), returnComment,
                reopenReason)) {
            throw stale(before.id(), expected);
        }
        if (to == ReportStatus.RETURNED || to == ReportStatus.APPROVED) {
            reports.replaceReviewComments(before.id(), reviewComments);
        }
        ReportView after = view(reports.find(before.id()).orElseThrow());
        audit.updated(ENTITY, before.id(), state(before), state(after));
        events.publishEvent(new ReportTransitioned(after.id(), after.owesId(), after.templateCode(), after.period(),
                before.status(), to, returnComment != null ? returnComment : reopenReason, reporter.username()));
        return after;
    }

    private Map<String, String> reviewComments(ReportView report, Decision decision) {
        Map<String, String> comments = new LinkedHashMap<>();
        if (decision == null || decision.comments() == null) {
            return comments;
        }
        Template template = template(report);
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

    // --- values ---

    /**
     * The report's values after applying the input: every value checked against its indicator's
     * type, breakdown totals against their cells, the template's rules, and comments where a
     * value differs from a known one. Throws with every problem at once.
     */
    List<ReportRepository.Value> merge(ReportView report, ValuesInput input) {
        Template template = template(report);
        Map<String, Object> values = new LinkedHashMap<>(report.values());
        Map<String, String> comments = new LinkedHashMap<>(report.comments());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> given = input == null || input.values() == null ? Map.of() : input.values();
        given.forEach((key, raw) -> {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String cell = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "";
            Optional<Indicator> indicator = template.indicator(code);
            if (indicator.isEmpty() || (!cell.isEmpty() && !indicator.get().breakdown().contains(cell))) {
                problems.add(new FieldProblem("values." + key, text.get("reporting.value.unknownCode", key)));
                return;
            }
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                values.remove(key);
                return;
            }
            parse(indicator.get(), key, raw, problems).ifPresent(value -> values.put(key, value));
        });
        if (input != null && input.comments() != null) {
            input.comments().forEach((code, comment) -> {
                if (template.indicator(code).isEmpty()) {
                    problems.add(new FieldProblem("comments." + code, text.get("reporting.value.unknownCode", code)));
                } else if (comment == null || comment.isBlank()) {
                    comments.remove(code);
                } else if (comment.strip().length() > 1000) {
                    problems.add(new FieldProblem("comments." + code, text.get("reporting.comment.length")));
                } else {
                    comments.put(code, comment.strip());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Indicator indicator : template.indicators()) {
            if (!indicator.hasBreakdown()) {
                continue;
            }
            List<BigDecimal> cells = indicator.breakdown().stream()
                    .map(label -> values.get(indicator.code() + "." + label))
                    .map(v -> v instanceof BigDecimal number ? number : null).toList();
            boolean complete = cells.stream().allMatch(java.util.Objects::nonNull);
            BigDecimal sum = cells.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            Object total = values.get(indicator.code());
            if (total == null && complete) {
                values.put(indicator.code(), sum);
            } else if (total instanceof BigDecimal number && complete && number.compareTo(sum) != 0) {
                problems.add(new FieldProblem("values." + indicator.code(), text.get("reporting.value.breakdownSum",
                        indicator.name(), String.join(", ", indicator.breakdown()))));
            }
        }
        Map<String, BigDecimal> numbers = numbers(values);
        problems.addAll(ruleProblems(template, numbers));
        Map<String, KnownValue> known = knownValues(report);
        known.forEach((code, value) -> {
            BigDecimal entered = numbers.get(code);
            if (entered != null && entered.compareTo(value.value()) != 0
                    && (comments.get(code) == null || comments.get(code).isBlank())) {
                problems.add(new FieldProblem("comments." + code, text.get("reporting.value.overrideComment",
                        value.source())));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ReportRepository.Value> result = new ArrayList<>();
        values.forEach((key, value) -> {
            String code = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            String cell = key.contains(".") ? key.substring(key.indexOf('.') + 1) : "";
            result.add(new ReportRepository.Value(code, cell, value instanceof BigDecimal n ? n : null,
                    value instanceof String s ? s : null, cell.isEmpty() ? comments.get(code) : null));
        });
        // a comment without a value is kept on an empty total row, so the OWES does not lose it
        comments.forEach((code, comment) -> {
            if (!values.containsKey(code)) {
                result.add(new ReportRepository.Value(code, "", null, null, comment));
            }
        });
        return result;
    }

    private Optional<Object> parse(Indicator indicator, String key, Object raw, List<FieldProblem> problems) {
        String field = "values." + key;
        if (!indicator.numeric()) {
            String value = raw.toString().strip();
            if (value.length() > 4000) {
                problems.add(new FieldProblem(field, text.get("reporting.value.textLength", indicator.name())));
                return Optional.empty();
            }
            return Optional.of(value);
        }
        BigDecimal number;
        try {
            number = raw instanceof Number n ? new BigDecimal(n.toString())
                    : new BigDecimal(raw.toString().strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, text.get("reporting.value.number", indicator.name())));
            return Optional.empty();
        }
        if (number.signum() < 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.negative", indicator.name())));
            return Optional.empty();
        }
        if (indicator.valueType() == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.integer", indicator.name())));
            return Optional.empty();
        }
        if (indicator.valueType() == ValueType.PERCENT && number.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.percent", indicator.name())));
            return Optional.empty();
        }
        if (number.stripTrailingZeros().scale() > 4 || number.compareTo(new BigDecimal("99999999999999")) > 0) {
            problems.add(new FieldProblem(field, text.get("reporting.value.precision", indicator.name())));
            return Optional.empty();
        }
        return Optional.of(normalise(number));
    }

    /** Each broken rule as a problem of the first indicator it names, with the rule's own message. */
    List<FieldProblem> ruleProblems(Template template, Map<String, BigDecimal> numbers) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Rule rule : template.rules()) {
            RuleExpression expression = rule.parsed();
            if (expression.test(numbers).orElse(true)) {
                continue;
            }
            problems.add(new FieldProblem("values." + expression.codes().iterator().next(),
                    text.get("reporting.value.rule", rule.message(), rule.expression())));
        }
        return problems;
    }

    private static Map<String, BigDecimal> numbers(Map<String, Object> values) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!key.contains(".") && value instanceof BigDecimal number) {
                numbers.put(key, number);
            }
        });
        return numbers;
    }

    static BigDecimal normalise(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    // --- attachments ---

    @Transactional
    public ReportRepository.Attachment addAttachment(long id, String filename, byte[] content) {
        Reporter reporter = access.reporter();
        ReportView report = view(visible(id, reporter));
        requireEditable(report);
        String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", text.get("reporting.attachment.required"));
        }
        if (content.length > uploads.reportAttachments().toBytes()) {
            // rendered here like every reporting message, so the page shows it as it is
            throw InvalidInputException.of("file",
                    text.get("file.tooLarge", Uploads.megabytes(uploads.reportAttachments())));
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw InvalidInputException.of("file", text.get("reporting.attachment.pdf"));
        }
        if (name.isEmpty()) {
            name = "zalacznik.pdf";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long attachmentId = reports.addAttachment(id, name, content, reporter.username());
        audit.created("OwesReportAttachment", attachmentId, Map.of("reportId", id, "filename", name,
                "size", content.length));
        return reports.attachment(id, attachmentId).orElseThrow();
    }

    /** The largest attachment taken, in megabytes, for the form's hint. */
    public BigDecimal attachmentLimit() {
        return Uploads.megabytes(uploads.reportAttachments());
    }

    @Transactional(readOnly = true)
    public List<ReportRepository.Attachment> attachments(long id) {
        visible(id, access.reporter());
        return reports.attachments(id);
    }

    /** An attachment's name and content. */
    @Transactional(readOnly = true)
    public Map.Entry<String, byte[]> attachment(long id, long attachmentId) {
        visible(id, access.reporter());
        ReportRepository.Attachment attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return Map.entry(attachment.filename(), reports.attachmentContent(id, attachmentId).orElseThrow());
    }

    @Transactional
    public void deleteAttachment(long id, long attachmentId) {
        ReportView report = view(visible(id, access.reporter()));
        requireEditable(report);
        ReportRepository.Attachment attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        reports.deleteAttachment(id, attachmentId);
        audit.deleted("OwesReportAttachment", attachmentId, Map.of("reportId", id, "filename", attachment.filename()));
    }

    // --- helpers ---

    private ReportRepository.Row visible(long id, Reporter reporter) {
        return reports.find(id).filter(row -> reporter.maySee(row.owesId()))
                .orElseThrow(() -> new NotFoundException("report", id));
    }

    private void requireEditable(ReportView report) {
        if (!report.editable()) {
            throw new ConflictException("reporting.report.locked." + report.status(),
                    "report " + report.id() + " is " + report.status());
        }
    }

    private static void requireStatus(ReportView report, ReportStatus status) {
        if (report.status() != status) {
            throw new ConflictException("reporting.report.wrongStatus." + report.status(),
                    "report " + report.id() + " is " + report.status() + ", not " + status);
        }
    }

    private static ConflictException stale(long id, long version) {
        return new ConflictException("problem.concurrentEdit", "report " + id + " changed since version " + version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    ReportView view(ReportRepository.Row row) {
        Template template = templates.byId(row.templateId()).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        for (ReportRepository.Value value : reports.values(row.id())) {
            if (value.number() != null) {
                values.put(value.key(), normalise(value.number()));
            } else if (value.text() != null) {
                values.put(value.key(), value.text());
            }
            if (value.comment() != null) {
                comments.put(value.code(), value.comment());
            }
        }
        Period period = Period.parse(row.period()).orElseThrow();
        String owesName = organisations.find(row.owesId()).map(OrganisationView::name).orElse("#" + row.owesId());
        boolean overdue = row.deadline().isBefore(LocalDate.now(clock))
                && (row.status() == ReportStatus.DRAFT || row.status() == ReportStatus.RETURNED);
        return new ReportView(row.id(), row.templateCode(), template.version(), template.id(), row.owesId(), owesName,
                row.period(), period.start(), period.end(), row.deadline(), row.status(), values, comments,
                reports.reviewComments(row.id()), row.returnComment(), row.reopenReason(), row.submittedAt(),
                row.decidedAt(), row.decidedBy(), row.version(), overdue);
    }

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
        Template template = templates.current(templateCode).orElseThrow();
        long id = reports.insert(template.id(), template.code(), owesId, period.code(), period.end(),
                period.end().plusDays(template.deadlineDays()), "system");
        if (id < 0) {
            return view(reports.findId(owesId, templateCode, period.code()).flatMap(reports::find).orElseThrow());
        }
        ReportView draft = view(reports.find(id).orElseThrow());
        reports.writeValues(id, draft.version(), merge(draft, new ValuesInput(values, Map.of(), null)));
        long version = draft.version() + 1;
        if (status != ReportStatus.DRAFT) {
            reports.transition(id, version++, ReportStatus.DRAFT, ReportStatus.SUBMITTED, "system", null, null);
        }
        if (status == ReportStatus.APPROVED || status == ReportStatus.RETURNED) {
            reports.transition(id, version, ReportStatus.SUBMITTED, status, "system", returnComment, null);
        }
        ReportView recorded = view(reports.find(id).orElseThrow());
        if (status == ReportStatus.APPROVED) {
            aggregates.write(recorded, template);
        }
        OffsetDateTime decided = submittedAt == null ? null : submittedAt.plusDays(5);
        reports.backdate(id, period.end().atStartOfDay().atOffset(java.time.ZoneOffset.UTC).plusDays(1),
                status == ReportStatus.DRAFT ? null : submittedAt,
                status == ReportStatus.APPROVED || status == ReportStatus.RETURNED ? decided : null);
        audit.created(ENTITY, id, state(recorded));
        return recorded;
    }

    /** For demo data only: a report's creation, submission and decision at past moments. */
    @Transactional
    void backdate(long id, OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
        reports.backdate(id, createdAt, submittedAt, decidedAt);
    }
}
