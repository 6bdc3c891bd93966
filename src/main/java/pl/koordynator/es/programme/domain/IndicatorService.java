package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;

/**
 * Indicators of programmes and projects, and the values entered by hand for manual ones: entered
 * by OWES or ROPS staff with evidence, approved or rejected by ROPS; only approved values count.
 * A value is kept under the indicator's lineage, so every version of the programme reads it.
 */
@Service
public class IndicatorService {

    static final String ENTITY = "ProgrammeIndicator";
    static final String VALUE_ENTITY = "ProgrammeValue";

    private final ProgrammeRepository repository;
    private final ManualValueRepository values;
    private final ProgrammeRules rules;
    private final ProgrammeAccess access;
    private final ProgrammeService programmes;
    private final ProgrammeMonitor monitor;
    private final AuditTrail audit;

    IndicatorService(ProgrammeRepository repository, ManualValueRepository values, ProgrammeRules rules,
            ProgrammeAccess access, ProgrammeService programmes, ProgrammeMonitor monitor, AuditTrail audit) {
        this.repository = repository;
        this.values = values;
        this.rules = rules;
        this.access = access;
        this.programmes = programmes;
        this.monitor = monitor;
        this.audit = audit;
    }

    /** Indicators the caller may see, of one programme version or of every one. */
    @Transactional(readOnly = true)
    public List<IndicatorView> indicators(Long programmeId) {
        boolean all = access.seesAll();
        List<Long> ids = repository.all().stream().filter(p -> all || p.inForce())
                .filter(p -> programmeId == null || p.id() == programmeId).map(Stored.Programme::id).toList();
        if (programmeId != null && ids.isEmpty()) {
            throw new NotFoundException("programme", programmeId);
        }
        return repository.indicatorsOf(ids).stream().filter(i -> all || i.view().publicIndicator())
                .map(Stored.Indicator::view).toList();
    }

    @Transactional(readOnly = true)
    public IndicatorView indicator(long id) {
        return programmes.visibleIndicator(id).view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IndicatorView create(IndicatorInput input) {
        if (input == null || input.nodeId() == null) {
            throw InvalidInputException.of("nodeId", "programme.indicator.node.required");
        }
        long nodeId = input.nodeId();
        NodeLevel level = repository.nodeLevel(nodeId)
                .orElseThrow(() -> InvalidInputException.of("nodeId", "programme.indicator.node.unknown"));
        if (level != NodeLevel.ACTION && level != NodeLevel.PROJECT) {
            throw InvalidInputException.of("nodeId", "programme.indicator.node.level");
        }
        Stored.Programme programme = repository.find(repository.nodeProgramme(nodeId).orElseThrow()).orElseThrow();
        requireNotReplaced(programme);
        List<FieldProblem> problems = new ArrayList<>();
        Checked.Indicator checked = rules.indicator(input, "", programme.startYear(), programme.endYear(), problems);
        if (checked.code() != null && repository.indicatorByCode(programme.id(), checked.code()).isPresent()) {
            problems.add(new FieldProblem("code", "programme.indicator.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertIndicator(programme.id(), nodeId, UUID.randomUUID(), checked,
                repository.nextIndicatorPosition(nodeId), null);
        IndicatorView created = repository.indicator(id).orElseThrow().view();
        audit.created(ENTITY, id, state(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IndicatorView update(long id, IndicatorInput input) {
        Stored.Indicator before = repository.indicator(id).orElseThrow(() -> new NotFoundException("indicator", id));
        Stored.Programme programme = repository.find(before.view().programmeId()).orElseThrow();
        requireNotReplaced(programme);
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null || input.version() == null) {
            problems.add(new FieldProblem("version", "programme.version.required"));
        }
        Long nodeId = input == null ? null : input.nodeId();
        if (nodeId != null && nodeId != before.view().nodeId()) {
            boolean sameProgramme = repository.nodeProgramme(nodeId).map(p -> p == programme.id()).orElse(false);
            NodeLevel level = repository.nodeLevel(nodeId).orElse(null);
            if (!sameProgramme || (level != NodeLevel.ACTION && level != NodeLevel.PROJECT)) {
                problems.add(new FieldProblem("nodeId", "programme.indicator.node.unknown"));
            }
        }
        Checked.Indicator checked = rules.indicator(input, "", programme.startYear(), programme.endYear(), problems);
        if (checked != null && checked.code() != null && repository.indicatorByCode(programme.id(), checked.code())
                .filter(other -> other != id).isPresent()) {
            problems.add(new FieldProblem("code", "programme.indicator.code.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer since = computedSince(before.view(), checked, monitor.today());
        if (!repository.updateIndicator(id, input.version(), checked, since, nodeId, null)) {
            throw new ConflictException("problem.concurrentEdit", "indicator " + id + " changed since version "
                    + input.version());
        }
        IndicatorView after = repository.indicator(id).orElseThrow().view();
        audit.updated(ENTITY, id, state(before.view()), state(after));
        return after;
    }

    /**
     * The first year a measure counts for an indicator: kept while it stays computed; this year
     * when a manual indicator switches to computed (earlier years keep their approved manual values);
     * none for a manual one or one computed from the start.
     */
    static Integer computedSince(IndicatorView before, Checked.Indicator after, LocalDate today) {
        if (after.source() != ValueSource.COMPUTED) {
            return null;
        }
        if (before.source() == ValueSource.COMPUTED) {
            return before.computedSince();
        }
        return today.getYear();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OWES')")
    @Transactional
    public ManualValueView enterValue(long indicatorId, ManualValueInput input) {
        Stored.Indicator indicator = programmes.visibleIndicator(indicatorId);
        Stored.Programme programme = repository.find(indicator.view().programmeId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (indicator.view().source() == ValueSource.COMPUTED) {
            problems.add(new FieldProblem("source", "programme.value.computed", new Object[] {indicator.view().measure()}));
        }
        ProgrammePeriod period = input == null ? null : ProgrammePeriod.parse(input.period());
        if (period == null) {
            problems.add(new FieldProblem("period", "programme.value.period.format"));
        } else if (period.year() < programme.startYear() || period.year() > programme.endYear()) {
            problems.add(new FieldProblem("period", "programme.value.period.outside",
                    new Object[] {String.valueOf(programme.startYear()), String.valueOf(programme.endYear())}));
        } else if (period.start().isAfter(monitor.today())) {
            problems.add(new FieldProblem("period", "programme.value.period.future"));
        }
        BigDecimal value = input == null ? null : input.value();
        if (value == null) {
            problems.add(new FieldProblem("value", "programme.field.required"));
        } else if (value.abs().compareTo(new BigDecimal("1e13")) >= 0) {
            problems.add(new FieldProblem("value", "programme.value.range"));
        }
        String evidence = ProgrammeRules.text(input == null ? null : input.evidence(), "evidence", 1000, false, problems);
        if (evidence == null) {
            problems.add(new FieldProblem("evidence", "programme.value.evidence.required"));
        }
        String comment = ProgrammeRules.text(input == null ? null : input.comment(), "comment", 4000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Caller caller = access.caller();
        long id = values.insert(indicator.lineage(), period, value, evidence, comment, caller.user().id(),
                caller.username(), ValueState.PENDING, null);
        ManualValueView created = view(values.find(id).orElseThrow(), indicator.view());
        audit.created(VALUE_ENTITY, id, state(created));
        return created;
    }

    /** A value entered and approved at once, without a signed-in user: for the seed and the import. */
    ManualValueView recordApproved(Stored.Indicator indicator, ProgrammePeriod period, BigDecimal value,
            String evidence, String comment, String by, boolean approved) {
        long id = values.insert(indicator.lineage(), period, value, evidence, comment, null, by,
                approved ? ValueState.APPROVED : ValueState.PENDING, approved ? by : null);
        ManualValueView created = view(values.find(id).orElseThrow(), indicator.view());
        audit.created(VALUE_ENTITY, id, state(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ManualValueView decide(long valueId, ApprovalInput input) {
        ManualValueRepository.Row before = values.find(valueId)
                .orElseThrow(() -> new NotFoundException("value", valueId));
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null || input.approved() == null) {
            problems.add(new FieldProblem("approved", "programme.field.required"));
        }
        String reason = ProgrammeRules.text(input == null ? null : input.reason(), "reason", 2000, false, problems);
        if (input != null && Boolean.FALSE.equals(input.approved()) && reason == null) {
            problems.add(new FieldProblem("reason", "programme.value.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (before.state() != ValueState.PENDING) {
            throw new ConflictException("programme.conflict.decided", "value " + valueId + " is already "
                    + before.state());
        }
        long version = input.version() == null ? before.version() : input.version();
        ValueState state = input.approved() ? ValueState.APPROVED : ValueState.REJECTED;
        if (!values.decide(valueId, version, state, access.caller().username(), input.approved() ? null : reason)) {
            throw new ConflictException("problem.concurrentEdit", "value " + valueId + " changed since version " + version);
        }
        IndicatorView indicator = indicatorOf(before.lineage());
        ManualValueView after = view(values.find(valueId).orElseThrow(), indicator);
        audit.updated(VALUE_ENTITY, valueId, state(view(before, indicator)), state(after));
        return after;
    }

    /** Every value entered for the indicator (any state), newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<ManualValueView> manualValues(long indicatorId) {
        Stored.Indicator indicator = programmes.visibleIndicator(indicatorId);
        return values.of(List.of(indicator.lineage())).stream().map(row -> view(row, indicator.view())).toList();
    }

    /** Values waiting for ROPS's decision, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OWES', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<ManualValueView> pendingValues() {
        List<ManualValueRepository.Row> pending = values.pending();
        Map<UUID, Stored.Indicator> indicators = repository.indicatorsByLineage(
                pending.stream().map(ManualValueRepository.Row::lineage).distinct().toList());
        return pending.stream().filter(row -> indicators.containsKey(row.lineage()))
                .map(row -> view(row, indicators.get(row.lineage()).view())).toList();
    }

    private IndicatorView indicatorOf(UUID lineage) {
        Stored.Indicator indicator = repository.indicatorsByLineage(List.of(lineage)).get(lineage);
        return indicator == null ? null : indicator.view();
    }

    private static void requireNotReplaced(Stored.Programme programme) {
        if (programme.status() == ProgrammeStatus.REPLACED) {
            throw new ConflictException("programme.conflict.replaced", "programme " + programme.id() + " is replaced");
        }
    }

    private static ManualValueView view(ManualValueRepository.Row row, IndicatorView indicator) {
        return new ManualValueView(row.id(), indicator == null ? 0 : indicator.id(),
                indicator == null ? null : indicator.code(), indicator == null ? null : indicator.name(),
                row.period().toString(), row.value(), row.evidence(), row.comment(), row.state(), row.enteredBy(),
                row.enteredAt(), row.decidedBy(), row.decidedAt(), row.rejectionReason(), row.version());
    }

    static Map<String, Object> state(IndicatorView indicator) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", indicator.code());
        state.put("name", indicator.name());
        state.put("unit", indicator.unit());
        state.put("direction", indicator.direction());
        state.put("aggregation", indicator.aggregation());
        state.put("weight", indicator.weight());
        state.put("baselineValue", indicator.baselineValue());
        state.put("baselineYear", indicator.baselineYear());
        state.put("targets", String.join(",", indicator.targets().stream()
                .map(t -> t.period() + "=" + t.value().stripTrailingZeros().toPlainString()).toList()));
        state.put("kpresReference", indicator.kpresReference());
        state.put("public", indicator.publicIndicator());
        state.put("source", indicator.source());
        state.put("measure", indicator.measure());
        state.put("computedSince", indicator.computedSince());
        state.put("comment", indicator.comment());
        return state;
    }

    static Map<String, Object> state(ManualValueView value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("indicator", value.indicatorCode());
        state.put("period", value.period());
        state.put("value", value.value());
        state.put("evidence", value.evidence());
        state.put("comment", value.comment());
        state.put("state", value.state());
        state.put("rejectionReason", value.rejectionReason());
        return state;
    }
}
