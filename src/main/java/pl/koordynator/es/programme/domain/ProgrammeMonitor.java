package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.IndicatorSeries;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.PeriodValue;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgressNode;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;

/**
 * Puts a version's tree, the measures and the approved manual values together into progress
 * (by the rules of {@link Trajectory} and {@link IndicatorValues}); computed on every call.
 */
@Component
class ProgrammeMonitor {

    private final MeasureCatalogue measures;
    private final ManualValueRepository values;
    private final Organisations organisations;
    private final Clock clock;

    ProgrammeMonitor(MeasureCatalogue measures, ManualValueRepository values, Organisations organisations, Clock clock) {
        this.measures = measures;
        this.values = values;
        this.organisations = organisations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One request's worth of measure values and manual values. */
    Context context(List<Stored.Indicator> indicators, Thresholds thresholds) {
        List<UUID> lineages = indicators.stream().map(Stored.Indicator::lineage).distinct().toList();
        Map<UUID, List<ManualValueRepository.Row>> all = values.of(lineages).stream()
                .collect(Collectors.groupingBy(ManualValueRepository.Row::lineage));
        return new Context(measures.session(), all, thresholds, today());
    }

    record Context(MeasureCatalogue.Session session, Map<UUID, List<ManualValueRepository.Row>> manual,
            Thresholds thresholds, LocalDate today) {

        List<ManualValueRepository.Row> approved(UUID lineage) {
            return manual.getOrDefault(lineage, List.of()).stream().filter(row -> row.state() == ValueState.APPROVED)
                    .sorted(java.util.Comparator.comparing(ManualValueRepository.Row::decidedAt).reversed()).toList();
        }

        int pending(UUID lineage, int year) {
            return (int) manual.getOrDefault(lineage, List.of()).stream()
                    .filter(row -> row.state() == ValueState.PENDING && row.period().year() == year).count();
        }
    }

    /**
     * A version's tree in a year with the indicators {@code visible}; the nodes of {@code projects}
     * (projects implementing the version's actions) follow the priorities but stay out of the
     * programme's own roll-up.
     */
    ProgrammeProgress progress(Stored.Tree tree, List<Stored.Tree> projects, int year, Thresholds thresholds,
            java.util.function.Predicate<Stored.Indicator> visible) {
        List<Stored.Indicator> all = new ArrayList<>(tree.indicators());
        projects.forEach(project -> all.addAll(project.indicators()));
        Context context = context(all.stream().filter(visible).toList(), thresholds);
        List<ProgressNode> nodes = new ArrayList<>();
        for (Stored.Node node : tree.children(null)) {
            nodes.add(node(tree, node, year, context, visible));
        }
        Double overall = Trajectory.rollUp(nodes.stream()
                .map(node -> new Trajectory.Weighted(node.weight(), node.progress())).toList());
        for (Stored.Tree project : projects) {
            for (Stored.Node node : project.children(null)) {
                nodes.add(node(project, node, year, context, visible));
            }
        }
        Stored.Programme programme = tree.programme();
        return new ProgrammeProgress(programme.id(), programme.name(), programme.startYear(), programme.endYear(),
                programme.versionNumber(), programme.status(), programme.resolutionNumber(),
                programme.resolutionDate(), programme.demo(), year, overall, Trajectory.status(overall, thresholds),
                nodes);
    }

    private ProgressNode node(Stored.Tree tree, Stored.Node node, int year, Context context,
            java.util.function.Predicate<Stored.Indicator> visible) {
        List<ProgressNode> children = tree.children(node.id()).stream()
                .map(child -> node(tree, child, year, context, visible)).toList();
        List<IndicatorProgress> indicators = tree.indicatorsOf(node.id()).stream().filter(visible)
                .map(indicator -> indicatorProgress(tree.programme(), indicator, year, context)).toList();
        List<Trajectory.Weighted> parts = new ArrayList<>();
        children.forEach(child -> parts.add(new Trajectory.Weighted(child.weight(), child.progress())));
        indicators.forEach(indicator -> parts.add(new Trajectory.Weighted(indicator.weight(), indicator.progress())));
        Double progress = Trajectory.rollUp(parts);
        ProgressNode.ActionDetails action = node.level() == NodeLevel.ACTION
                ? new ProgressNode.ActionDetails(names(node.responsible()), names(node.partners()),
                        node.budgetPlanned(), node.budgetSpent(), node.actionStatus())
                : null;
        return new ProgressNode(node.id(), node.level(), node.code(), node.name(), node.weight(), progress,
                Trajectory.status(progress, context.thresholds()), action, children, indicators, node.comment());
    }

    private List<String> names(List<Long> ids) {
        return ids.stream().map(id -> organisations.find(id).map(OrganisationView::name).orElse("#" + id)).toList();
    }

    IndicatorProgress indicatorProgress(Stored.Programme programme, Stored.Indicator stored, int year, Context context) {
        IndicatorView indicator = stored.view();
        IndicatorValues values = new IndicatorValues(programme, indicator, context.approved(stored.lineage()),
                context.session(), context.today());
        ProgrammePeriod period = ProgrammePeriod.ofYear(year);
        Map<ProgrammePeriod, BigDecimal> targets = targets(indicator);
        IndicatorValues.Value actual = values.actual(period);
        IndicatorValues.Value cumulative = values.cumulative(period);
        BigDecimal expected = Trajectory.expected(indicator.baselineValue(), indicator.baselineYear(),
                programme.startYear(), targets, period);
        BigDecimal actualValue = actual == null ? null : actual.value();
        BigDecimal cumulativeValue = cumulative == null ? null : cumulative.value();
        Double progress = Trajectory.progress(Trajectory.counted(indicator.aggregation(), actualValue, cumulativeValue),
                indicator.baselineValue(), expected, indicator.direction());
        BigDecimal finalTarget = targets.isEmpty() ? null : new TreeMap<>(targets).lastEntry().getValue();
        return new IndicatorProgress(indicator.id(), indicator.code(), indicator.name(), indicator.unit(),
                indicator.direction(), indicator.aggregation(), indicator.source(), indicator.measure(),
                indicator.weight(), indicator.baselineValue(), indicator.baselineYear(), targets.get(period),
                actualValue, cumulativeValue, finalTarget, expected, progress,
                Trajectory.status(progress, context.thresholds()), indicator.publicIndicator(),
                indicator.kpresReference(), context.pending(stored.lineage(), year), indicator.comment());
    }

    /**
     * The indicator's years within the days (and its quarters in years where it has quarterly
     * targets or values), with the latest period's values by powiat.
     */
    IndicatorSeries series(Stored.Programme programme, Stored.Indicator stored, LocalDate from, LocalDate to,
            Thresholds thresholds) {
        Context context = context(List.of(stored), thresholds);
        IndicatorView indicator = stored.view();
        IndicatorValues values = new IndicatorValues(programme, indicator, context.approved(stored.lineage()),
                context.session(), context.today());
        Map<ProgrammePeriod, BigDecimal> targets = targets(indicator);
        List<ProgrammePeriod> periods = new ArrayList<>();
        for (int year = programme.startYear(); year <= programme.endYear(); year++) {
            int y = year;
            boolean quarterly = targets.keySet().stream().anyMatch(p -> p.year() == y && !p.wholeYear())
                    || context.approved(stored.lineage()).stream().anyMatch(r -> r.period().year() == y
                            && !r.period().wholeYear());
            if (quarterly) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    periods.add(new ProgrammePeriod(year, quarter));
                }
            }
            periods.add(ProgrammePeriod.ofYear(year));
        }
        List<PeriodValue> result = new ArrayList<>();
        ProgrammePeriod latest = null;
        for (ProgrammePeriod period : periods) {
            if ((from != null && period.end().isBefore(from)) || (to != null && period.start().isAfter(to))) {
                continue;
            }
            IndicatorValues.Value actual = values.actual(period);
            IndicatorValues.Value cumulative = values.cumulative(period);
            BigDecimal expected = Trajectory.expected(indicator.baselineValue(), indicator.baselineYear(),
                    programme.startYear(), targets, period);
            BigDecimal actualValue = actual == null ? null : actual.value();
            BigDecimal cumulativeValue = cumulative == null ? null : cumulative.value();
            Double progress = Trajectory.progress(Trajectory.counted(indicator.aggregation(), actualValue,
                    cumulativeValue), indicator.baselineValue(), expected, indicator.direction());
            IndicatorValues.Value shown = actual != null ? actual : cumulative;
            result.add(new PeriodValue(period.toString(), period.start(), period.end(), actualValue, targets.get(period),
                    Trajectory.status(progress, thresholds), shown == null ? null : shown.source(),
                    shown == null ? null : shown.measure(), shown == null ? null : shown.listUrl(),
                    shown == null ? null : shown.computedAt(), shown == null ? null : shown.evidence(),
                    cumulativeValue));
            if (period.wholeYear() && actual != null) {
                latest = period;
            }
        }
        IndicatorProgress progress = indicatorProgress(programme, stored,
                latest == null ? Math.max(programme.startYear(), Math.min(programme.endYear(), context.today().getYear()))
                        : latest.year(), context);
        Map<String, BigDecimal> byPowiat = latest == null ? Map.of() : new TreeMap<>(values.byPowiat(latest));
        return new IndicatorSeries(progress, programme.id(), result, byPowiat);
    }

    static Map<ProgrammePeriod, BigDecimal> targets(IndicatorView indicator) {
        Map<ProgrammePeriod, BigDecimal> targets = new HashMap<>();
        for (IndicatorView.Target target : indicator.targets()) {
            targets.put(new ProgrammePeriod(target.year(), target.quarter() == null ? 0 : target.quarter()),
                    target.value());
        }
        return targets;
    }

    /** Whether a status is a traffic light at all. */
    static boolean judged(ProgressStatus status) {
        return status != ProgressStatus.NO_DATA;
    }
}
