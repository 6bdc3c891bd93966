package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.IndicatorSource;
import pl.koordynator.es.localplans.LocalPlanInput;
import pl.koordynator.es.localplans.LocalPlanStatus;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.ProgrammeAction;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The rules of a plan that only the service can check, all at once: each broken rule names its field
 * ({@code goals[1].title}, {@code actions[0].endDate}, {@code indicators[2].sourceCode}) and nothing is
 * written. The register's, territory's and programme's facts are looked up here, so the service writes
 * what was checked. The one-active-plan rule is the service's (a conflict, not bad input).
 * <p>
 * The programme, the map and the measures are asked lazily: their modules collect beans of this one.
 */
@Component
class LocalPlanChecks {

    static final String PREFIX = "localplans.error.";
    private static final Pattern GMINA = Pattern.compile("\\d{7}");
    private static final Pattern POWIAT = Pattern.compile("\\d{4}");
    static final int MAX_GOALS = 50;
    static final int MAX_ROWS = 200;
    /** What a numeric(16, 2) column holds. */
    private static final BigDecimal MAX_BUDGET = new BigDecimal("99999999999999.99");
    /** What a numeric(16, 4) column holds. */
    private static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999.9999");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Territory territory;
    private final Organisations organisations;
    private final ObjectProvider<Programmes> programmes;
    private final ObjectProvider<MapFigures> map;
    private final ObjectProvider<ProgrammeMeasures> measures;

    LocalPlanChecks(Territory territory, Organisations organisations, ObjectProvider<Programmes> programmes,
            ObjectProvider<MapFigures> map, ObjectProvider<ProgrammeMeasures> measures) {
        this.territory = territory;
        this.organisations = organisations;
        this.programmes = programmes;
        this.map = map;
        this.measures = measures;
    }

    record CheckedAction(LocalPlanInput.Action action, String title, String description, String fundingSource,
            List<Long> responsibleIds, List<Long> partnerIds, String programmeActionLabel) {
    }

    record CheckedIndicator(LocalPlanInput.Indicator indicator, String name, String unit, Direction direction,
            IndicatorSource source, String sourceCode) {
    }

    record CheckedGoal(int number, String title, String description) {
    }

    record CheckedPlan(Unit unit, PlanLevel level, String powiatTeryt, String title, LocalPlanStatus status,
            LocalDate periodStart, LocalDate periodEnd, String resolutionNumber, LocalDate resolutionDate,
            String resolutionUrl, String strategyTitle, String strategyUrl, OrganisationView jst,
            OrganisationView responsibleUnit, OrganisationView owes, LocalDate consultationDeadline,
            List<CheckedGoal> goals, List<CheckedAction> actions, List<CheckedIndicator> indicators) {

        Long jstId() {
            return jst == null ? null : jst.id();
        }

        Long responsibleUnitId() {
            return responsibleUnit == null ? null : responsibleUnit.id();
        }

        Long owesId() {
            return owes == null ? null : owes.id();
        }
    }

    /**
     * The plan checked as a whole. {@code currentStatus}: the stored plan's status on an update (a
     * replaced plan may stay replaced), null on create.
     */
    CheckedPlan check(LocalPlanInput input, LocalPlanStatus currentStatus) {
        if (input == null) {
            throw InvalidInputException.of("unitTeryt", PREFIX + "unit.required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String teryt = text(input.unitTeryt());
        Unit unit = null;
        if (teryt == null) {
            problems.add(new FieldProblem("unitTeryt", PREFIX + "unit.required"));
        } else {
            unit = unit(teryt).orElse(null);
            if (unit == null) {
                problems.add(new FieldProblem("unitTeryt", PREFIX + "unit.outsideRegion"));
            }
        }
        String title = text(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", PREFIX + "title.required"));
        } else if (title.length() > 500) {
            problems.add(new FieldProblem("title", PREFIX + "tooLong", new Object[] {500}));
        }
        LocalPlanStatus status = input.status() == null ? LocalPlanStatus.IN_PREPARATION : input.status();
        if (status == LocalPlanStatus.REPLACED && currentStatus != LocalPlanStatus.REPLACED) {
            problems.add(new FieldProblem("status", PREFIX + "status.replacedOnlyByReplacing"));
        }
        String resolutionNumber = text(input.resolutionNumber());
        maxLength(resolutionNumber, "resolutionNumber", 100, problems);
        if (status == LocalPlanStatus.ADOPTED) {
            if (resolutionNumber == null) {
                problems.add(new FieldProblem("resolutionNumber", PREFIX + "adopted.resolutionNumber"));
            }
            if (input.resolutionDate() == null) {
                problems.add(new FieldProblem("resolutionDate", PREFIX + "adopted.resolutionDate"));
            }
            if (input.periodStart() == null) {
                problems.add(new FieldProblem("periodStart", PREFIX + "adopted.periodStart"));
            }
            if (input.periodEnd() == null) {
                problems.add(new FieldProblem("periodEnd", PREFIX + "adopted.periodEnd"));
            }
        }
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            problems.add(new FieldProblem("periodEnd", PREFIX + "periodEnd.beforeStart"));
        }
        year(input.periodStart(), "periodStart", problems);
        year(input.periodEnd(), "periodEnd", problems);
        year(input.resolutionDate(), "resolutionDate", problems);
        year(input.consultationDeadline(), "consultationDeadline", problems);
        if (status == LocalPlanStatus.IN_CONSULTATION && input.consultationDeadline() == null) {
            problems.add(new FieldProblem("consultationDeadline", PREFIX + "consultation.deadline"));
        }
        String resolutionUrl = url(input.resolutionUrl(), "resolutionUrl", problems);
        String strategyUrl = url(input.strategyUrl(), "strategyUrl", problems);
        String strategyTitle = text(input.strategyTitle());
        maxLength(strategyTitle, "strategyTitle", 500, problems);
        OrganisationView jst = organisation(input.jstId(), "jstId", Kind.JST, problems);
        OrganisationView responsible = organisation(input.responsibleUnitId(), "responsibleUnitId", null, problems);
        OrganisationView owes = organisation(input.owesId(), "owesId", Kind.OWES, problems);
        List<CheckedGoal> goals = goals(input.goals(), problems);
        Set<Integer> goalNumbers = new HashSet<>();
        goals.forEach(goal -> goalNumbers.add(goal.number()));
        PlanLevel level = unit == null ? null : PlanLevel.ofTeryt(unit.teryt());
        List<CheckedAction> actions = actions(input.actions(), goalNumbers, problems);
        List<CheckedIndicator> indicators = indicators(input.indicators(), goalNumbers, level, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedPlan(unit, level, unit.powiatTeryt(), title, status, input.periodStart(), input.periodEnd(),
                resolutionNumber, input.resolutionDate(), resolutionUrl, strategyTitle, strategyUrl, jst, responsible,
                owes, input.consultationDeadline(), goals, actions, indicators);
    }

    /** A current gmina (7 digits) or powiat (4 digits) of the region. */
    Optional<Unit> unit(String teryt) {
        String region = territory.regionTeryt();
        if (GMINA.matcher(teryt).matches()) {
            return territory.gmina(teryt).filter(unit -> !unit.historical() && unit.teryt().startsWith(region));
        }
        if (POWIAT.matcher(teryt).matches() && teryt.startsWith(region)) {
            return territory.find(teryt).filter(unit -> unit.level() == Level.POWIAT && !unit.historical());
        }
        return Optional.empty();
    }

    private OrganisationView organisation(Long id, String field, Kind kind, List<FieldProblem> problems) {
        if (id == null) {
            return null;
        }
        Optional<OrganisationView> found = organisations.find(id);
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, PREFIX + "organisation.unknown"));
            return null;
        }
        if (kind != null && found.get().kind() != kind) {
            problems.add(new FieldProblem(field, PREFIX + "organisation.not" + kind.name()));
            return null;
        }
        return found.get();
    }

    private List<CheckedGoal> goals(List<LocalPlanInput.Goal> goals, List<FieldProblem> problems) {
        if (goals.size() > MAX_GOALS) {
            problems.add(new FieldProblem("goals", PREFIX + "rows.tooMany", new Object[] {MAX_GOALS}));
            return List.of();
        }
        List<CheckedGoal> checked = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < goals.size(); i++) {
            LocalPlanInput.Goal goal = goals.get(i);
            String field = "goals[" + i + "].";
            if (goal == null) {
                problems.add(new FieldProblem("goals[" + i + "]", PREFIX + "row.required"));
                continue;
            }
            boolean numbered = true;
            if (goal.number() == null || goal.number() < 1 || goal.number() > goals.size()) {
                problems.add(new FieldProblem(field + "number", PREFIX + "goal.number.invalid",
                        new Object[] {goals.size()}));
                numbered = false;
            } else if (!numbers.add(goal.number())) {
                problems.add(new FieldProblem(field + "number", PREFIX + "number.duplicate"));
                numbered = false;
            }
            String title = text(goal.title());
            if (title == null) {
                problems.add(new FieldProblem(field + "title", PREFIX + "title.required"));
            }
            maxLength(title, field + "title", 500, problems);
            String description = text(goal.description());
            maxLength(description, field + "description", 4000, problems);
            if (numbered) {
                checked.add(new CheckedGoal(goal.number(), title, description));
            }
        }
        return checked;
    }

    private List<CheckedAction> actions(List<LocalPlanInput.Action> actions, Set<Integer> goals,
            List<FieldProblem> problems) {
        if (actions.size() > MAX_ROWS) {
            problems.add(new FieldProblem("actions", PREFIX + "rows.tooMany", new Object[] {MAX_ROWS}));
            return List.of();
        }
        List<CheckedAction> checked = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Set<Long> organisationIds = new LinkedHashSet<>();
        actions.stream().filter(a -> a != null).forEach(a -> {
            a.responsibleIds().stream().filter(id -> id != null).forEach(organisationIds::add);
            a.partnerIds().stream().filter(id -> id != null).forEach(organisationIds::add);
        });
        Map<Long, OrganisationView> known = organisationIds.isEmpty() ? Map.of()
                : organisations.findAll(organisationIds);
        for (int i = 0; i < actions.size(); i++) {
            LocalPlanInput.Action action = actions.get(i);
            String field = "actions[" + i + "].";
            if (action == null) {
                problems.add(new FieldProblem("actions[" + i + "]", PREFIX + "row.required"));
                continue;
            }
            number(action.number(), numbers, field, problems);
            goalNumber(action.goalNumber(), goals, field, problems);
            String title = text(action.title());
            if (title == null) {
                problems.add(new FieldProblem(field + "title", PREFIX + "title.required"));
            }
            maxLength(title, field + "title", 500, problems);
            String description = text(action.description());
            maxLength(description, field + "description", 4000, problems);
            String funding = text(action.fundingSource());
            maxLength(funding, field + "fundingSource", 300, problems);
            if (action.startDate() != null && action.endDate() != null
                    && action.endDate().isBefore(action.startDate())) {
                problems.add(new FieldProblem(field + "endDate", PREFIX + "endDate.beforeStart"));
            }
            year(action.startDate(), field + "startDate", problems);
            year(action.endDate(), field + "endDate", problems);
            if (action.budget() != null && action.budget().signum() < 0) {
                problems.add(new FieldProblem(field + "budget", PREFIX + "value.negative"));
            } else if (action.budget() != null && action.budget().compareTo(MAX_BUDGET) > 0) {
                problems.add(new FieldProblem(field + "budget", PREFIX + "value.tooHigh"));
            }
            List<Long> responsible = parties(action.responsibleIds(), known, field + "responsibleIds", problems);
            List<Long> partners = parties(action.partnerIds(), known, field + "partnerIds", problems);
            String label = null;
            if (action.programmeActionId() != null) {
                Optional<ProgrammeAction> served = programmes.getObject().action(action.programmeActionId());
                if (served.isEmpty()) {
                    problems.add(new FieldProblem(field + "programmeActionId", PREFIX + "programmeAction.unknown"));
                } else {
                    label = served.get().label();
                    if (label.length() > 500) {
                        label = label.substring(0, 500);
                    }
                }
            }
            checked.add(new CheckedAction(action, title, description, funding, responsible, partners, label));
        }
        return checked;
    }

    private static List<Long> parties(List<Long> ids, Map<Long, OrganisationView> known, String field,
            List<FieldProblem> problems) {
        List<Long> checked = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            Long id = ids.get(j);
            if (id == null || !known.containsKey(id)) {
                problems.add(new FieldProblem(field + "[" + j + "]", PREFIX + "organisation.unknown"));
            } else if (!checked.contains(id)) {
                checked.add(id);
            }
        }
        return checked;
    }

    private List<CheckedIndicator> indicators(List<LocalPlanInput.Indicator> indicators, Set<Integer> goals,
            PlanLevel level, List<FieldProblem> problems) {
        if (indicators.size() > MAX_ROWS) {
            problems.add(new FieldProblem("indicators", PREFIX + "rows.tooMany", new Object[] {MAX_ROWS}));
            return List.of();
        }
        List<CheckedIndicator> checked = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        Set<String> mapCodes = null;
        Map<String, Measure> measureCodes = null;
        for (int i = 0; i < indicators.size(); i++) {
            LocalPlanInput.Indicator indicator = indicators.get(i);
            String field = "indicators[" + i + "].";
            if (indicator == null) {
                problems.add(new FieldProblem("indicators[" + i + "]", PREFIX + "row.required"));
                continue;
            }
            number(indicator.number(), numbers, field, problems);
            goalNumber(indicator.goalNumber(), goals, field, problems);
            String name = text(indicator.name());
            if (name == null) {
                problems.add(new FieldProblem(field + "name", PREFIX + "indicator.name.required"));
            }
            maxLength(name, field + "name", 500, problems);
            String unit = text(indicator.unit());
            if (unit == null) {
                problems.add(new FieldProblem(field + "unit", PREFIX + "indicator.unit.required"));
            }
            maxLength(unit, field + "unit", 60, problems);
            if (indicator.target() == null) {
                problems.add(new FieldProblem(field + "target", PREFIX + "indicator.target.required"));
            }
            figure(indicator.target(), field + "target", problems);
            figure(indicator.baseline(), field + "baseline", problems);
            if (indicator.targetYear() == null) {
                problems.add(new FieldProblem(field + "targetYear", PREFIX + "indicator.targetYear.required"));
            } else if (indicator.targetYear() < FIRST_YEAR || indicator.targetYear() > LAST_YEAR) {
                problems.add(new FieldProblem(field + "targetYear", PREFIX + "year.invalid",
                        new Object[] {FIRST_YEAR, LAST_YEAR}));
            }
            if (indicator.baselineYear() != null) {
                if (indicator.baselineYear() < FIRST_YEAR || indicator.baselineYear() > LAST_YEAR) {
                    problems.add(new FieldProblem(field + "baselineYear", PREFIX + "year.invalid",
                            new Object[] {FIRST_YEAR, LAST_YEAR}));
                } else if (indicator.targetYear() != null && indicator.baselineYear() > indicator.targetYear()) {
                    problems.add(new FieldProblem(field + "baselineYear", PREFIX + "baselineYear.afterTarget"));
                }
            }
            IndicatorSource source = indicator.source() == null ? IndicatorSource.ENTERED : indicator.source();
            String code = text(indicator.sourceCode());
            switch (source) {
                case ENTERED -> {
                    if (code != null) {
                        problems.add(new FieldProblem(field + "sourceCode", PREFIX + "sourceCode.entered"));
                    }
                }
                case MAP -> {
                    if (mapCodes == null) {
                        mapCodes = new HashSet<>();
                        for (var definition : map.getObject().indicators()) {
                            mapCodes.add(definition.code());
                        }
                    }
                    if (code == null || !mapCodes.contains(code)) {
                        problems.add(new FieldProblem(field + "sourceCode", PREFIX + "sourceCode.map"));
                    }
                }
                case MEASURE -> {
                    if (measureCodes == null) {
                        measureCodes = new LinkedHashMap<>();
                        for (ProgrammeMeasures bean : measures.orderedStream().toList()) {
                            for (Measure measure : bean.measures()) {
                                measureCodes.put(measure.code(), measure);
                            }
                        }
                    }
                    if (level != PlanLevel.POWIAT) {
                        problems.add(new FieldProblem(field + "sourceCode", PREFIX + "sourceCode.measurePowiatOnly"));
                    } else if (code == null || !measureCodes.containsKey(code)
                            || !measureCodes.get(code).territorial()) {
                        problems.add(new FieldProblem(field + "sourceCode", PREFIX + "sourceCode.measure"));
                    }
                }
                default -> throw new IllegalStateException("source " + source);
            }
            Direction direction = indicator.direction() == null ? Direction.HIGHER_IS_BETTER : indicator.direction();
            checked.add(new CheckedIndicator(indicator, name, unit, direction, source,
                    source == IndicatorSource.ENTERED ? null : code));
        }
        return checked;
    }

    private static void number(Integer number, Set<Integer> numbers, String field, List<FieldProblem> problems) {
        if (number == null || number < 1) {
            problems.add(new FieldProblem(field + "number", PREFIX + "number.invalid"));
        } else if (!numbers.add(number)) {
            problems.add(new FieldProblem(field + "number", PREFIX + "number.duplicate"));
        }
    }

    private static void goalNumber(Integer goalNumber, Set<Integer> goals, String field, List<FieldProblem> problems) {
        if (goalNumber != null && !goals.contains(goalNumber)) {
            problems.add(new FieldProblem(field + "goalNumber", PREFIX + "goalNumber.unknown"));
        }
    }

    private static void figure(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value != null && value.abs().compareTo(MAX_FIGURE) > 0) {
            problems.add(new FieldProblem(field, PREFIX + "value.tooHigh"));
        }
    }

    private static void year(LocalDate date, String field, List<FieldProblem> problems) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            problems.add(new FieldProblem(field, PREFIX + "year.invalid", new Object[] {FIRST_YEAR, LAST_YEAR}));
        }
    }

    private static String url(String value, String field, List<FieldProblem> problems) {
        String url = text(value);
        if (url == null) {
            return null;
        }
        boolean valid = url.length() <= 1000;
        if (valid) {
            try {
                URI uri = new URI(url);
                valid = uri.getScheme() != null && uri.getHost() != null
                        && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
            } catch (java.net.URISyntaxException e) {
                valid = false;
            }
        }
        if (!valid) {
            problems.add(new FieldProblem(field, PREFIX + "url.invalid"));
        }
        return url;
    }

    private static void maxLength(String value, String field, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, PREFIX + "tooLong", new Object[] {max}));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
