package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.localplans.LocalPlanCoverageView;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What the local plans count for the programme, all stocks at the end of the days asked:
 * <ul>
 * <li>{@code localplans.jst-adopted}: gminas and powiats with an adopted plan in force on the day, by the
 * powiat they lie in;</li>
 * <li>{@code localplans.in-preparation}: plans in preparation or in consultation, by powiat. Plans keep no
 * history of their statuses, so for a past day it counts the plans started by then that are still being
 * prepared now;</li>
 * <li>{@code localplans.top20-covered-share}: the percent of the priority index's top 20 gminas with their
 * own adopted plan in force on the day. The index is the map's current one (it keeps no history either).</li>
 * </ul>
 */
@Component
class LocalPlansProgrammeMeasures implements ProgrammeMeasures {

    static final String JST_ADOPTED = "localplans.jst-adopted";
    static final String IN_PREPARATION = "localplans.in-preparation";
    static final String TOP20_COVERED_SHARE = "localplans.top20-covered-share";

    private static final List<Measure> MEASURES = List.of(
            new Measure(JST_ADOPTED, "localplans.cov.measure.jst-adopted", "localplans.cov.measure.unit.jst",
                    Measure.Kind.STOCK, true),
            new Measure(IN_PREPARATION, "localplans.cov.measure.in-preparation", "localplans.cov.measure.unit.plans",
                    Measure.Kind.STOCK, true),
            new Measure(TOP20_COVERED_SHARE, "localplans.cov.measure.top20-covered-share",
                    "localplans.cov.measure.unit.percent", Measure.Kind.STOCK, false));

    private final LocalPlanCoverageRepository plans;
    private final MapFigures map;
    private final Clock clock;

    LocalPlansProgrammeMeasures(LocalPlanCoverageRepository plans, MapFigures map, Clock clock) {
        this.plans = plans;
        this.map = map;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        return switch (code) {
            case JST_ADOPTED -> byPowiat(code, to, plans.unitsInForceByPowiat(to), "/plany-lokalne/pokrycie");
            case IN_PREPARATION -> byPowiat(code, to, plans.inPreparationByPowiat(to), "/plany-lokalne/pokrycie");
            case TOP20_COVERED_SHARE -> topCovered(to);
            default -> throw new IllegalArgumentException("Not a local plans measure: " + code);
        };
    }

    private MeasureValue byPowiat(String code, LocalDate day, Map<String, Long> counts, String listUrl) {
        Map<String, BigDecimal> byPowiat = new java.util.LinkedHashMap<>();
        counts.forEach((powiat, count) -> byPowiat.put(powiat, BigDecimal.valueOf(count)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new MeasureValue(code, day, day, BigDecimal.valueOf(total), byPowiat, listUrl, clock.instant());
    }

    private MeasureValue topCovered(LocalDate day) {
        List<PriorityRanking.Score> top = map.priority(MapLevel.GMINA, java.util.Locale.forLanguageTag("pl")).scores()
                .stream().sorted(java.util.Comparator.comparingInt(PriorityRanking.Score::rank))
                .limit(LocalPlanCoverageView.PRIORITY_TOP).toList();
        BigDecimal share = BigDecimal.ZERO.setScale(2);
        if (!top.isEmpty()) {
            Set<String> inForce = plans.unitsInForce(day);
            long covered = top.stream().filter(s -> inForce.contains(s.teryt())).count();
            share = BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(top.size()), 2, RoundingMode.HALF_UP);
        }
        return new MeasureValue(TOP20_COVERED_SHARE, day, day, share, Map.of(), "/plany-lokalne/pokrycie",
                clock.instant());
    }
}
