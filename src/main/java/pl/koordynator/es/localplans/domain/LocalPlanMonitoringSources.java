package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.PlanLevel;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * The actual value of a plan indicator computed elsewhere on the platform, so that a plan quotes the same
 * figure as the map or the programme: a map indicator's value for the plan's gmina or powiat, or a programme
 * measure's value for the plan's powiat. Null whenever the source has nothing for the year.
 */
@Component
class LocalPlanMonitoringSources {

    /** The map's first year. */
    private static final int FIRST_MAP_YEAR = 1990;

    private final MapFigures map;
    private final List<ProgrammeMeasures> measures;

    LocalPlanMonitoringSources(MapFigures map, List<ProgrammeMeasures> measures) {
        this.map = map;
        this.measures = measures;
    }

    /** The map's value of the indicator for the plan's unit in the year, as {@code /api/v1/map/{level}} gives it. */
    BigDecimal mapValue(LocalPlanMonitoringRepository.Plan plan, String code, int year, LocalDate today) {
        // the map refuses an unknown code or a year out of its range, and its refusal would spoil the
        // reader's transaction: such a year has no data, asked or not
        if (year < FIRST_MAP_YEAR || year > today.getYear()
                || map.indicators().stream().noneMatch(indicator -> indicator.code().equals(code))) {
            return null;
        }
        IndicatorLayer layer = map.layer(plan.level() == PlanLevel.GMINA ? MapLevel.GMINA : MapLevel.POWIAT, code, year);
        if (layer.year() != year) {
            return null;
        }
        return layer.units().stream().filter(unit -> Objects.equals(unit.teryt(), plan.unitTeryt())).findFirst()
                .map(unit -> unit.value()).orElse(null);
    }

    /**
     * The programme measure over the year (up to today in the current year) for the plan's powiat. Measures
     * split by powiat, not by gmina, so a gmina plan's measure has no value rather than its powiat's.
     */
    BigDecimal measureValue(LocalPlanMonitoringRepository.Plan plan, String code, int year, LocalDate today) {
        if (plan.level() != PlanLevel.POWIAT || year > today.getYear()) {
            return null;
        }
        for (ProgrammeMeasures module : measures) {
            Measure measure = module.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElse(null);
            if (measure == null) {
                continue;
            }
            if (!measure.territorial()) {
                return null;
            }
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            MeasureValue value = module.compute(code, from, to);
            // a powiat without a value had nothing counted: zero, as the programme's own split counts it
            return value.byPowiat().getOrDefault(plan.powiatTeryt(), BigDecimal.ZERO);
        }
        return null;
    }
}
