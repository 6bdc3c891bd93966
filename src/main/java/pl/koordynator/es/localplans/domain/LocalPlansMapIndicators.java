package pl.koordynator.es.localplans.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * The local plans on the map: {@code LOCAL_PLAN_ADOPTED} is 1 for a gmina with its own adopted plan in
 * force (at the end of a past year, today in the current one). A powiat's plan does not count for its
 * gminas (it is the powiat's plan of its own tasks), so the powiat's and the region's value is the sum of
 * their gminas: the number of gminas with a plan in force. A plan's status as a coded value is not a
 * layer here: the map's classes are quantiles of numbers, which a status is not; the coverage page
 * colours the gminas by status.
 * <p>
 * Reads the plans' table directly rather than the coverage service, which asks the map for the priority
 * index (the map collects this source: the other way round would be a cycle).
 */
@Component
class LocalPlansMapIndicators implements MapIndicatorSource {

    static final String LOCAL_PLAN_ADOPTED = "LOCAL_PLAN_ADOPTED";

    private static final List<IndicatorDefinition> INDICATORS = List.of(new IndicatorDefinition(LOCAL_PLAN_ADOPTED,
            "Gminy z przyjętym lokalnym planem rozwoju ES", "Gminas with an adopted local social economy plan",
            "gminy", "gminas", "Koordynator ES: lokalne plany rozwoju ekonomii społecznej", IndicatorCategory.RESOURCE,
            Aggregation.SUM, true, true));

    private final LocalPlanCoverageRepository plans;
    private final Clock clock;
    private final PlatformSettings platform;

    LocalPlansMapIndicators(LocalPlanCoverageRepository plans, Clock clock, PlatformSettings platform) {
        this.plans = plans;
        this.clock = clock;
        this.platform = platform;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public List<String> changeTopics() {
        return List.of("localplans");
    }

    @Override
    public List<Integer> years(String code) {
        check(code);
        int current = today().getYear();
        Integer first = plans.firstYearInForce();
        List<Integer> years = new ArrayList<>();
        for (int year = first == null ? current : Math.min(first, current); year <= current; year++) {
            years.add(year);
        }
        return years;
    }

    @Override
    public Map<String, BigDecimal> valuesByGmina(String code, int year) {
        check(code);
        LocalDate today = today();
        LocalDate day = year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
        Map<String, BigDecimal> values = new HashMap<>();
        for (String unit : plans.unitsInForce(day)) {
            if (unit.length() == 7) {
                values.put(unit, BigDecimal.ONE);
            }
        }
        return values;
    }

    private static void check(String code) {
        if (!LOCAL_PLAN_ADOPTED.equals(code)) {
            throw new IllegalArgumentException("not a map indicator of the local plans module: " + code);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(platform.timeZone()));
    }
}
