package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.Measure;

/**
 * The rules of a programme's structure and of an indicator, in one place for the API, the pages
 * and the seed. Every problem names its field by its path in the JSON sent
 * ({@code nodes[0].children[1].children[0].indicators[2].targets[0].year}), all problems at once.
 */
@Component
class ProgrammeRules {

    static final Set<String> ACTION_STATUSES = Set.of("PLANNED", "ONGOING", "DONE", "ABANDONED");

    private final MeasureCatalogue measures;
    private final Organisations organisations;
    private final ProgrammeRepository repository;

    ProgrammeRules(MeasureCatalogue measures, Organisations organisations, ProgrammeRepository repository) {
        this.measures = measures;
        this.organisations = organisations;
        this.repository = repository;
    }

    Checked.Programme check(ProgrammeInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null) {
            throw InvalidInputException.of("name", "programme.name.required");
        }
        String name = text(input.name(), "name", 300, true, problems);
        boolean project = Boolean.TRUE.equals(input.project());
        Integer start = year(input.startYear(), "startYear", problems);
        Integer end = year(input.endYear(), "endYear", problems);
        if (start != null && end != null && end < start) {
            problems.add(new FieldProblem("endYear", "programme.endYear.beforeStart"));
        }
        ProgrammeStatus status = input.status() == null ? ProgrammeStatus.DRAFT : input.status();
        if (status == ProgrammeStatus.REPLACED) {
            problems.add(new FieldProblem("status", "programme.status.replaced"));
        }
        String reference = text(input.reference(), "reference", 300, false, problems);
        String resolution = text(input.resolutionNumber(), "resolutionNumber", 100, false, problems);
        Set<String> indicatorCodes = new HashSet<>();
        List<Checked.Node> nodes = new ArrayList<>();
        List<NodeInput> given = input.nodes() == null ? List.of() : input.nodes();
        for (int i = 0; i < given.size(); i++) {
            nodes.add(node(given.get(i), "nodes[" + i + "]", project ? NodeLevel.PROJECT : NodeLevel.PRIORITY,
                    start, end, indicatorCodes, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked.Programme(name, project, reference, start, end, resolution, input.resolutionDate(), status,
                Boolean.TRUE.equals(input.demo()), nodes);
    }

    private Checked.Node node(NodeInput input, String path, NodeLevel expected, Integer start, Integer end,
            Set<String> indicatorCodes, List<FieldProblem> problems) {
        if (input == null) {
            problems.add(new FieldProblem(path, "programme.node.required"));
            return null;
        }
        NodeLevel level = input.level() == null ? expected : input.level();
        if (level != expected) {
            problems.add(new FieldProblem(path + ".level", "programme.node.level", new Object[] {expected.name()}));
        }
        String code = text(input.code(), path + ".code", 30, true, problems);
        String name = text(input.name(), path + ".name", 500, true, problems);
        BigDecimal weight = weight(input.weight(), path + ".weight", problems);
        String comment = text(input.comment(), path + ".comment", 4000, false, problems);
        boolean action = level == NodeLevel.ACTION;
        List<Long> responsible = action ? organisations(input.responsible(), path + ".responsible", problems) : List.of();
        List<Long> partners = action ? organisations(input.partners(), path + ".partners", problems) : List.of();
        BigDecimal planned = action ? amount(input.budgetPlanned(), path + ".budgetPlanned", problems) : null;
        BigDecimal spent = action ? amount(input.budgetSpent(), path + ".budgetSpent", problems) : null;
        String status = null;
        if (action) {
            status = input.actionStatus() == null || input.actionStatus().isBlank() ? "PLANNED"
                    : input.actionStatus().strip().toUpperCase(java.util.Locale.ROOT);
            if (!ACTION_STATUSES.contains(status)) {
                problems.add(new FieldProblem(path + ".actionStatus", "programme.action.status"));
            }
        }
        List<Long> implementsActions = new ArrayList<>();
        if (level == NodeLevel.PROJECT && input.implementsActions() != null) {
            for (int i = 0; i < input.implementsActions().size(); i++) {
                Long id = input.implementsActions().get(i);
                if (id == null || repository.action(id).isEmpty()) {
                    problems.add(new FieldProblem(path + ".implementsActions[" + i + "]", "programme.action.unknown"));
                } else {
                    implementsActions.add(id);
                }
            }
        }
        List<Checked.Node> children = new ArrayList<>();
        List<NodeInput> givenChildren = input.children() == null ? List.of() : input.children();
        NodeLevel childLevel = switch (level) {
            case PRIORITY -> NodeLevel.OBJECTIVE;
            case OBJECTIVE -> NodeLevel.ACTION;
            default -> null;
        };
        if (childLevel == null && !givenChildren.isEmpty()) {
            problems.add(new FieldProblem(path + ".children", "programme.node.noChildren"));
        } else {
            for (int i = 0; i < givenChildren.size(); i++) {
                children.add(node(givenChildren.get(i), path + ".children[" + i + "]", childLevel, start, end,
                        indicatorCodes, problems));
            }
        }
        List<Checked.IndicatorNode> indicators = new ArrayList<>();
        List<IndicatorInput> givenIndicators = input.indicators() == null ? List.of() : input.indicators();
        if (!givenIndicators.isEmpty() && level != NodeLevel.ACTION && level != NodeLevel.PROJECT) {
            problems.add(new FieldProblem(path + ".indicators", "programme.node.noIndicators"));
        } else {
            for (int i = 0; i < givenIndicators.size(); i++) {
                String indicatorPath = path + ".indicators[" + i + "]";
                IndicatorInput indicator = givenIndicators.get(i);
                Checked.Indicator checked = indicator(indicator, indicatorPath + ".", start, end, problems);
                if (checked != null && checked.code() != null
                        && !indicatorCodes.add(checked.code().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(new FieldProblem(indicatorPath + ".code", "programme.indicator.code.taken"));
                }
                indicators.add(new Checked.IndicatorNode(indicator == null ? null : indicator.id(), checked));
            }
        }
        return new Checked.Node(input.id(), level, code, name, weight, comment, responsible, partners, planned, spent,
                status, implementsActions, children, indicators);
    }

    /**
     * An indicator within a programme's period; problems are added with {@code prefix} before the field
     * names ("" for an indicator sent alone). Null (with a problem) when nothing was sent.
     */
    Checked.Indicator indicator(IndicatorInput input, String prefix, Integer start, Integer end,
            List<FieldProblem> problems) {
        if (input == null) {
            problems.add(new FieldProblem(prefix.isEmpty() ? "code" : prefix.substring(0, prefix.length() - 1),
                    "programme.indicator.required"));
            return null;
        }
        String code = text(input.code(), prefix + "code", 30, true, problems);
        String name = text(input.name(), prefix + "name", 500, true, problems);
        String unit = text(input.unit(), prefix + "unit", 60, true, problems);
        Direction direction = input.direction() == null ? Direction.HIGHER_IS_BETTER : input.direction();
        TimeAggregation aggregation = input.aggregation() == null ? TimeAggregation.SUM : input.aggregation();
        BigDecimal weight = weight(input.weight(), prefix + "weight", problems);
        Integer baselineYear = input.baselineYear();
        if (baselineYear != null && (baselineYear < 1990 || (end != null && baselineYear > end))) {
            problems.add(new FieldProblem(prefix + "baselineYear", "programme.baselineYear.range"));
        }
        List<IndicatorView.Target> targets = new ArrayList<>();
        Set<String> periods = new HashSet<>();
        List<IndicatorInput.TargetInput> given = input.targets() == null ? List.of() : input.targets();
        for (int i = 0; i < given.size(); i++) {
            String path = prefix + "targets[" + i + "]";
            IndicatorInput.TargetInput target = given.get(i);
            if (target == null || target.year() == null) {
                problems.add(new FieldProblem(path + ".year", "programme.target.year.required"));
                continue;
            }
            if (start != null && end != null && (target.year() < start || target.year() > end)) {
                problems.add(new FieldProblem(path + ".year", "programme.target.year.outside", new Object[] {String.valueOf(start), String.valueOf(end)}));
            }
            Integer quarter = target.quarter() == null || target.quarter() == 0 ? null : target.quarter();
            if (quarter != null && (quarter < 1 || quarter > 4)) {
                problems.add(new FieldProblem(path + ".quarter", "programme.target.quarter"));
            }
            if (target.value() == null) {
                problems.add(new FieldProblem(path + ".value", "programme.target.value.required"));
            } else if (!periods.add(target.year() + "Q" + quarter)) {
                problems.add(new FieldProblem(path + ".year", "programme.target.duplicate"));
            } else if (quarter == null || (quarter >= 1 && quarter <= 4)) {
                targets.add(new IndicatorView.Target(target.year(), quarter, target.value()));
            }
        }
        ValueSource source = input.source() == null ? ValueSource.MANUAL : input.source();
        String measure = null;
        if (source == ValueSource.COMPUTED) {
            String code_ = input.measure() == null ? null : input.measure().strip();
            if (code_ == null || code_.isEmpty()) {
                problems.add(new FieldProblem(prefix + "measure", "programme.measure.required"));
            } else {
                java.util.Optional<Measure> found = measures.measure(code_);
                if (found.isEmpty()) {
                    problems.add(new FieldProblem(prefix + "measure", "programme.measure.unknown", new Object[] {code_}));
                } else {
                    measure = code_;
                    // what a computed value is decides how its periods add up
                    aggregation = found.get().kind() == Measure.Kind.FLOW ? TimeAggregation.SUM
                            : TimeAggregation.END_VALUE;
                }
            }
        }
        String kpres = text(input.kpresReference(), prefix + "kpresReference", 300, false, problems);
        String comment = text(input.comment(), prefix + "comment", 4000, false, problems);
        targets.sort(java.util.Comparator.comparing(t -> new ProgrammePeriod(t.year(), t.quarter() == null ? 0 : t.quarter())));
        return new Checked.Indicator(code, name, unit, direction, aggregation, weight, input.baselineValue(),
                baselineYear, targets, kpres, Boolean.TRUE.equals(input.publicIndicator()), source, measure, comment);
    }

    private List<Long> organisations(List<Long> ids, String path, List<FieldProblem> problems) {
        if (ids == null) {
            return List.of();
        }
        List<Long> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || organisations.find(id).isEmpty()) {
                problems.add(new FieldProblem(path + "[" + i + "]", "programme.organisation.unknown"));
            } else if (!found.contains(id)) {
                found.add(id);
            }
        }
        return found;
    }

    private static Integer year(Integer year, String field, List<FieldProblem> problems) {
        if (year == null) {
            problems.add(new FieldProblem(field, "programme.year.required"));
            return null;
        }
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem(field, "programme.year.range"));
            return null;
        }
        return year;
    }

    private static BigDecimal weight(BigDecimal weight, String field, List<FieldProblem> problems) {
        if (weight == null) {
            return BigDecimal.ONE;
        }
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
            problems.add(new FieldProblem(field, "programme.weight.range"));
        }
        return weight;
    }

    private static BigDecimal amount(BigDecimal amount, String field, List<FieldProblem> problems) {
        if (amount != null && (amount.signum() < 0 || amount.compareTo(new BigDecimal("1e14")) >= 0)) {
            problems.add(new FieldProblem(field, "programme.budget.range"));
        }
        return amount;
    }

    static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "programme.field.required"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(field, "programme.field.tooLong", new Object[] {max}));
        }
        return text;
    }
}
