package pl.koordynator.es.reintegration.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * Free places in reintegration units on the map: {@code REINTEGRATION_FREE_PLACES} is, per gmina of a
 * unit's seat, the places its units reported minus those occupied, as they stand now. The units report
 * their current figures and no history of them is kept, so the only year with data is the current one;
 * a powiat's and the region's value is the sum of their gminas.
 */
@Component
class ReintegrationMapIndicators implements MapIndicatorSource {

    static final String FREE_PLACES = "REINTEGRATION_FREE_PLACES";

    private static final List<IndicatorDefinition> INDICATORS = List.of(new IndicatorDefinition(FREE_PLACES,
            "Wolne miejsca w podmiotach reintegracyjnych", "Free places in reintegration units", "miejsca", "places",
            "Koordynator ES: miejsca zgłoszone przez CIS, KIS, ZAZ, WTZ i przedsiębiorstwa społeczne",
            IndicatorCategory.RESOURCE, Aggregation.SUM, true, true));

    private final CapacityRepository units;
    private final ReintegrationAccess access;

    ReintegrationMapIndicators(CapacityRepository units, ReintegrationAccess access) {
        this.units = units;
        this.access = access;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public List<String> changeTopics() {
        return List.of("reintegration");
    }

    @Override
    public List<Integer> years(String code) {
        check(code);
        return List.of(access.today().getYear());
    }

    @Override
    public Map<String, BigDecimal> valuesByGmina(String code, int year) {
        check(code);
        return year == access.today().getYear() ? units.freeByGmina() : Map.of();
    }

    private static void check(String code) {
        if (!FREE_PLACES.equals(code)) {
            throw new IllegalArgumentException("not a map indicator of the reintegration module: " + code);
        }
    }
}
