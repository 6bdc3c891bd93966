package pl.koordynator.es.localplans.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import pl.koordynator.es.localplans.CoverageStatus;
import pl.koordynator.es.localplans.LocalPlanCoverage;
import pl.koordynator.es.localplans.LocalPlanCoverageView;
import pl.koordynator.es.localplans.LocalPlanCoverageView.ExpiringPlan;
import pl.koordynator.es.localplans.LocalPlanCoverageView.PriorityGmina;
import pl.koordynator.es.localplans.LocalPlanCoverageView.StatusCount;
import pl.koordynator.es.localplans.LocalPlanCoverageView.UnitCoverage;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The coverage of the region by local plans. A unit's status is that of its active plan, else of its
 * latest plan, else {@link CoverageStatus#NONE}; only the current units of the region count, so the
 * counts of each level add up to its number of units. A powiat's plan is the powiat's own (its tasks,
 * its PCPR) and does not cover its gminas: each gmina counts by its own plan.
 * <p>
 * The whole answer is computed once per day and kept while the plans, the register, the statistics,
 * the reported needs and the map's weights (what the priority index reads) are unchanged.
 */
@Service
class LocalPlanCoverageService implements LocalPlanCoverage {

    private final LocalPlanCoverageRepository plans;
    private final Territory territory;
    private final MapFigures map;
    private final LocalPlansAccess access;
    private final CachedAnswers<LocalDate, LocalPlanCoverageView> cache;

    LocalPlanCoverageService(LocalPlanCoverageRepository plans, Territory territory, MapFigures map,
            LocalPlansAccess access, DataChanges changes) {
        this.plans = plans;
        this.territory = territory;
        this.map = map;
        this.access = access;
        this.cache = changes.cache(4, "localplans", "registry", "statistics", "needs", "map", "territory");
    }

    @Override
    public LocalPlanCoverageView coverage(String powiatTeryt, CoverageStatus status) {
        String powiat = powiatTeryt == null || powiatTeryt.isBlank() ? null : powiatTeryt.strip();
        if (powiat != null && territory.units(Level.POWIAT, null).stream().noneMatch(u -> u.teryt().equals(powiat))) {
            throw InvalidInputException.of("powiatTeryt", "localplans.cov.error.powiat");
        }
        LocalDate today = access.today();
        LocalPlanCoverageView whole = cache.get(today, () -> compute(today));
        List<UnitCoverage> units = whole.units().stream()
                .filter(u -> powiat == null || powiat.equals(u.powiatTeryt()))
                .filter(u -> status == null || u.status() == status).toList();
        if (access.caller().anonymous()) {
            // plans themselves are read by signed-in users: a visitor gets the statuses and dates only
            units = units.stream().map(u -> new UnitCoverage(u.teryt(), u.name(), u.level(), u.powiatTeryt(),
                    u.status(), null, null, u.periodEnd())).toList();
            return new LocalPlanCoverageView(whole.day(), whole.counts(), whole.gminas(), whole.powiats(), units,
                    whole.expiring().stream().map(e -> new ExpiringPlan(null, e.unitTeryt(), e.unitName(), e.level(),
                            null, e.periodEnd(), e.daysLeft())).toList(), whole.priorityWithoutPlan());
        }
        return new LocalPlanCoverageView(whole.day(), whole.counts(), whole.gminas(), whole.powiats(), units,
                whole.expiring(), whole.priorityWithoutPlan());
    }

    private LocalPlanCoverageView compute(LocalDate today) {
        Map<String, LocalPlanCoverageRepository.UnitPlan> planOf = plans.planPerUnit();
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminasOf = new LinkedHashMap<>();
        for (Unit gmina : territory.units(Level.GMINA, null)) {
            gminasOf.computeIfAbsent(gmina.powiatTeryt(), p -> new ArrayList<>()).add(gmina);
        }
        Map<CoverageStatus, long[]> counts = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus status : CoverageStatus.values()) {
            counts.put(status, new long[2]);
        }
        List<UnitCoverage> units = new ArrayList<>();
        long gminas = 0;
        for (Unit powiat : powiats) {
            UnitCoverage coverage = coverage(powiat, PlanLevel.POWIAT, planOf);
            counts.get(coverage.status())[1]++;
            units.add(coverage);
            for (Unit gmina : gminasOf.getOrDefault(powiat.teryt(), List.of())) {
                UnitCoverage ofGmina = coverage(gmina, PlanLevel.GMINA, planOf);
                counts.get(ofGmina.status())[0]++;
                units.add(ofGmina);
                gminas++;
            }
        }
        List<StatusCount> statusCounts = counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<ExpiringPlan> expiring = plans.expiring(today, today.plusYears(1)).stream()
                .map(e -> new ExpiringPlan(e.planId(), e.unitTeryt(), e.unitName(), e.level(), e.title(), e.periodEnd(),
                        ChronoUnit.DAYS.between(today, e.periodEnd())))
                .toList();
        Map<String, CoverageStatus> statusOf = new LinkedHashMap<>();
        units.forEach(u -> statusOf.put(u.teryt(), u.status()));
        List<PriorityGmina> priority = topOfPriority().stream()
                .map(s -> new PriorityGmina(s.teryt(), s.name(), s.rank(), s.score(),
                        statusOf.getOrDefault(s.teryt(), CoverageStatus.NONE)))
                .filter(g -> !Set.of(CoverageStatus.ADOPTED, CoverageStatus.IN_PREPARATION,
                        CoverageStatus.IN_CONSULTATION).contains(g.status()))
                .toList();
        return new LocalPlanCoverageView(today, statusCounts, gminas, powiats.size(), List.copyOf(units), expiring,
                priority);
    }

    /** The gminas the priority index ranks first, at most {@link LocalPlanCoverageView#PRIORITY_TOP}. */
    List<PriorityRanking.Score> topOfPriority() {
        return map.priority(MapLevel.GMINA, Locale.forLanguageTag("pl")).scores().stream()
                .sorted(Comparator.comparingInt(PriorityRanking.Score::rank))
                .limit(LocalPlanCoverageView.PRIORITY_TOP).toList();
    }

    private static UnitCoverage coverage(Unit unit, PlanLevel level,
            Map<String, LocalPlanCoverageRepository.UnitPlan> planOf) {
        LocalPlanCoverageRepository.UnitPlan plan = planOf.get(unit.teryt());
        if (plan == null) {
            return new UnitCoverage(unit.teryt(), unit.name(), level, unit.powiatTeryt(), CoverageStatus.NONE, null,
                    null, null);
        }
        return new UnitCoverage(unit.teryt(), unit.name(), level, unit.powiatTeryt(), CoverageStatus.of(plan.status()),
                plan.planId(), plan.title(), plan.periodEnd());
    }
}
