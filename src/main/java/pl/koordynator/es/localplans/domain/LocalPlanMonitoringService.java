package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanMonitoring;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanMonitoring;
import pl.koordynator.es.localplans.PlanMonitoring.IndicatorStatus;
import pl.koordynator.es.localplans.PlanMonitoring.YearValue;
import pl.koordynator.es.localplans.PlanMonitoring.YearlyNote;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.programme.TrajectoryCheck;
import pl.koordynator.es.programme.TrajectoryJudgement;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;

/**
 * The monitoring of local plans: actual values by source, judged by the programme's trajectory rule
 * ({@link Programmes#judge}), entered values and yearly notes, checked and audited.
 */
@Service
@Transactional
public class LocalPlanMonitoringService implements LocalPlanMonitoring {

    static final String VALUE = "LocalPlanIndicatorValue";
    static final String NOTE = "LocalPlanYearlyNote";
    static final String PREFIX = "localplans.monitoring.";
    static final int NOTE_LIMIT = 8000;
    /** numeric(16, 4): twelve digits before the point, four after. */
    private static final BigDecimal VALUE_LIMIT = new BigDecimal("1000000000000");
    /** A plan is a few years long; a longer span is a typo in its dates, not a reason to compute decades. */
    private static final int MOST_YEARS = 30;

    private final LocalPlanMonitoringRepository repository;
    private final LocalPlanMonitoringSources sources;
    private final PlanPartiesReader parties;
    private final LocalPlansAccess access;
    private final Programmes programmes;
    private final AuditTrail audit;
    private final Clock clock;

    LocalPlanMonitoringService(LocalPlanMonitoringRepository repository, LocalPlanMonitoringSources sources,
            PlanPartiesReader parties, LocalPlansAccess access, Programmes programmes, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.parties = parties;
        this.access = access;
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanMonitoring monitoring(long planId, Integer requestedYear) {
        LocalPlanMonitoringRepository.Plan plan = plan(planId);
        PlanParties planParties = parties.find(planId).orElseThrow(() -> new NotFoundException("local plan", planId));
        List<LocalPlanMonitoringRepository.Indicator> indicators = repository.indicators(planId);
        List<Integer> years = years(plan, indicators);
        LocalDate today = access.today();
        int year;
        if (requestedYear == null) {
            year = Math.max(years.get(0), Math.min(years.get(years.size() - 1), today.getYear()));
        } else {
            year = requestedYear;
            requireYearOf(years, year, "year");
        }
        Map<Long, List<YearValue>> entered = new LinkedHashMap<>();
        repository.enteredValues(planId).forEach(value -> entered.computeIfAbsent(value.indicatorId(),
                id -> new ArrayList<>()).add(new YearValue(value.year(), value.value())));
        List<IndicatorStatus> statuses = indicators.stream()
                .map(indicator -> status(plan, indicator, year, years, today, entered.getOrDefault(indicator.id(), List.of())))
                .toList();
        boolean monitor = access.mayMonitor(planParties);
        return new PlanMonitoring(plan.id(), plan.title(), plan.level(), plan.unitTeryt(), plan.unitName(),
                plan.status(), year, years, statuses, repository.note(planId, year).orElse(null),
                new PlanMonitoring.Rights(monitor, monitor && noteAllowed(plan.status())));
    }

    @Override
    public IndicatorStatus enterValue(long planId, long indicatorId, int year, BigDecimal value) {
        LocalPlanMonitoringRepository.Plan plan = lockedForMonitoring(planId);
        List<LocalPlanMonitoringRepository.Indicator> indicators = repository.indicators(planId);
        LocalPlanMonitoringRepository.Indicator indicator = indicators.stream()
                .filter(candidate -> candidate.id() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("local plan indicator", indicatorId));
        List<Integer> years = years(plan, indicators);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (indicator.source() != IndicatorSource.ENTERED) {
            problems.add(new InvalidInputException.FieldProblem("indicatorId", PREFIX + "value.notEntered"));
        }
        if (!years.contains(year)) {
            problems.add(new InvalidInputException.FieldProblem("year", PREFIX + "year.outside",
                    yearArguments(years)));
        }
        valueProblem(value, "value").ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        save(planId, indicator, year, value);
        LocalDate today = access.today();
        List<YearValue> entered = repository.enteredValues(planId).stream()
                .filter(v -> v.indicatorId() == indicatorId).map(v -> new YearValue(v.year(), v.value())).toList();
        return status(plan, indicator, year, years, today, entered);
    }

    @Override
    public void enterValues(long planId, int year, Map<Long, BigDecimal> values) {
        LocalPlanMonitoringRepository.Plan plan = lockedForMonitoring(planId);
        List<LocalPlanMonitoringRepository.Indicator> indicators = repository.indicators(planId);
        List<Integer> years = years(plan, indicators);
        requireYearOf(years, year, "year");
        Map<Long, LocalPlanMonitoringRepository.Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(indicator -> byId.put(indicator.id(), indicator));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        values.forEach((id, value) -> {
            String field = "values[" + id + "]";
            LocalPlanMonitoringRepository.Indicator indicator = byId.get(id);
            if (indicator == null) {
                throw new NotFoundException("local plan indicator", id);
            }
            if (indicator.source() != IndicatorSource.ENTERED) {
                problems.add(new InvalidInputException.FieldProblem(field, PREFIX + "value.notEntered"));
            } else {
                valueProblem(value, field).ifPresent(problems::add);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        values.forEach((id, value) -> save(planId, byId.get(id), year, value));
    }

    @Override
    public YearlyNote saveNote(long planId, int year, String text, Long version) {
        LocalPlanMonitoringRepository.Plan plan = lockedForMonitoring(planId);
        if (!noteAllowed(plan.status())) {
            throw new ConflictException(PREFIX + "note.notAdopted",
                    "a yearly note is written for an adopted or expired plan only");
        }
        List<Integer> years = years(plan, repository.indicators(planId));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (!years.contains(year)) {
            problems.add(new InvalidInputException.FieldProblem("year", PREFIX + "year.outside",
                    yearArguments(years)));
        }
        // a browser sends a line break as CR LF but counts it as one character against the field's limit
        String stripped = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (stripped.isEmpty()) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "note.required"));
        } else if (stripped.length() > NOTE_LIMIT) {
            problems.add(new InvalidInputException.FieldProblem("text", PREFIX + "note.tooLong",
                    new Object[] {String.valueOf(NOTE_LIMIT)}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String writer = writer();
        OffsetDateTime now = OffsetDateTime.now(clock);
        YearlyNote before = repository.note(planId, year).orElse(null);
        if (before == null) {
            repository.insertNote(planId, year, stripped, writer, now);
        } else if (version == null || version != before.version()
                || !repository.updateNote(planId, year, version, stripped, writer, now)) {
            throw new ConflictException(PREFIX + "note.stale", "the yearly note was changed by someone else");
        }
        YearlyNote after = repository.note(planId, year).orElseThrow();
        String id = planId + ":" + year;
        if (before == null) {
            audit.created(NOTE, id, noteState(planId, after));
        } else {
            audit.updated(NOTE, id, noteState(planId, before), noteState(planId, after));
        }
        return after;
    }

    private IndicatorStatus status(LocalPlanMonitoringRepository.Plan plan,
            LocalPlanMonitoringRepository.Indicator indicator, int year, List<Integer> years, LocalDate today,
            List<YearValue> entered) {
        BigDecimal actual = switch (indicator.source()) {
            case ENTERED -> entered.stream().filter(v -> v.year() == year).map(YearValue::value).findFirst()
                    .orElse(null);
            case MAP -> sources.mapValue(plan, indicator.sourceCode(), year, today);
            case MEASURE -> sources.measureValue(plan, indicator.sourceCode(), year, today);
        };
        TrajectoryJudgement judgement = programmes.judge(new TrajectoryCheck(indicator.baseline(),
                indicator.baselineYear(), startYear(plan, indicator, years), indicator.target(),
                indicator.targetYear(), indicator.direction(), year, actual));
        List<YearValue> values = indicator.source() == IndicatorSource.ENTERED ? List.copyOf(entered)
                : actual == null ? List.of() : List.of(new YearValue(year, actual));
        return new IndicatorStatus(indicator.id(), indicator.number(), indicator.name(), indicator.unit(),
                indicator.direction(), indicator.baseline(), indicator.baselineYear(), indicator.target(),
                indicator.targetYear(), indicator.source(), indicator.sourceCode(), actual, year,
                judgement.expected(), judgement.progress(), judgement.status(), values);
    }

    /** The plan's first year: its period's start, else the year after the baseline, else its first year shown. */
    private static int startYear(LocalPlanMonitoringRepository.Plan plan,
            LocalPlanMonitoringRepository.Indicator indicator, List<Integer> years) {
        if (plan.periodStart() != null) {
            return plan.periodStart().getYear();
        }
        if (indicator.baselineYear() != null) {
            return indicator.baselineYear() + 1;
        }
        return years.get(0);
    }

    /** The plan's period, else its indicators' baseline to target years, else this year alone. */
    private List<Integer> years(LocalPlanMonitoringRepository.Plan plan,
            List<LocalPlanMonitoringRepository.Indicator> indicators) {
        int first;
        int last;
        if (plan.periodStart() != null && plan.periodEnd() != null) {
            first = plan.periodStart().getYear();
            last = plan.periodEnd().getYear();
        } else if (!indicators.isEmpty()) {
            first = indicators.stream().mapToInt(i -> i.baselineYear() != null ? i.baselineYear() : i.targetYear())
                    .min().orElseThrow();
            last = indicators.stream().mapToInt(LocalPlanMonitoringRepository.Indicator::targetYear).max()
                    .orElseThrow();
        } else {
            first = access.today().getYear();
            last = first;
        }
        last = Math.min(last, first + MOST_YEARS - 1);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static void requireYearOf(List<Integer> years, int year, String field) {
        if (!years.contains(year)) {
            throw InvalidInputException.of(field, PREFIX + "year.outside", yearArguments(years));
        }
    }

    /** The first and last year as plain text: a message format would write 2026 as "2 026". */
    private static Object[] yearArguments(List<Integer> years) {
        return new Object[] {String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1))};
    }

    private static java.util.Optional<InvalidInputException.FieldProblem> valueProblem(BigDecimal value, String field) {
        if (value == null) {
            return java.util.Optional.of(new InvalidInputException.FieldProblem(field, PREFIX + "value.required"));
        }
        if (value.abs().compareTo(VALUE_LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
            return java.util.Optional.of(new InvalidInputException.FieldProblem(field, PREFIX + "value.invalid"));
        }
        return java.util.Optional.empty();
    }

    private static boolean noteAllowed(LocalPlanStatus status) {
        return status == LocalPlanStatus.ADOPTED || status == LocalPlanStatus.EXPIRED;
    }

    private LocalPlanMonitoringRepository.Plan plan(long planId) {
        return repository.plan(planId).orElseThrow(() -> new NotFoundException("local plan", planId));
    }

    /** The plan, locked for the write, once the caller is known to monitor it (ROPS or its JST). */
    private LocalPlanMonitoringRepository.Plan lockedForMonitoring(long planId) {
        repository.lockPlan(planId);
        PlanParties planParties = parties.find(planId).orElseThrow(() -> new NotFoundException("local plan", planId));
        access.requireMonitor(planParties);
        return plan(planId);
    }

    private void save(long planId, LocalPlanMonitoringRepository.Indicator indicator, int year, BigDecimal value) {
        BigDecimal before = repository.enteredValue(indicator.id(), year).orElse(null);
        repository.saveValue(indicator.id(), year, value, writer(), OffsetDateTime.now(clock));
        String id = indicator.id() + ":" + year;
        if (before == null) {
            audit.created(VALUE, id, valueState(planId, indicator, year, value));
        } else {
            audit.updated(VALUE, id, valueState(planId, indicator, year, before), valueState(planId, indicator, year, value));
        }
    }

    private String writer() {
        String username = access.caller().username();
        return username == null ? "system" : username;
    }

    private static Map<String, Object> valueState(long planId, LocalPlanMonitoringRepository.Indicator indicator,
            int year, BigDecimal value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", planId);
        state.put("indicatorId", indicator.id());
        state.put("indicatorNumber", indicator.number());
        state.put("year", year);
        state.put("value", value.stripTrailingZeros().toPlainString());
        return state;
    }

    private static Map<String, Object> noteState(long planId, YearlyNote note) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("planId", planId);
        state.put("year", note.year());
        state.put("text", note.text());
        state.put("version", note.version());
        return state;
    }
}
