package pl.koordynator.es.map.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.map.PriorityRanking.Component;
import pl.koordynator.es.map.PriorityRanking.Part;
import pl.koordynator.es.map.PriorityRanking.Score;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * Where support is most needed. Each weighted indicator is standardised over the units of the
 * level (z = (x − mean) / population standard deviation), needs add weight × z, resources
 * subtract it. Each component uses its latest year with data (live ones today's register), so the
 * index never mixes an empty year into the score.
 */
@Service
public class PriorityIndex {

    private static final int SCALE = 4;

    private final MapData data;
    private final MapIndicators catalogue;
    private final PriorityWeights weights;

    PriorityIndex(MapData data, MapIndicators catalogue, PriorityWeights weights) {
        this.data = data;
        this.catalogue = catalogue;
        this.weights = weights;
    }

    @Transactional(readOnly = true)
    public PriorityRanking ranking(MapLevel level, Locale locale) {
        List<Component> components = new ArrayList<>();
        List<IndicatorLayer> layers = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> weight : weights.current().entrySet()) {
            IndicatorDefinition indicator = catalogue.find(weight.getKey()).orElseThrow();
            IndicatorLayer layer = data.layer(level, indicator.code(), catalogue.defaultYear(indicator));
            double[] stats = meanAndDeviation(layer.units());
            components.add(new Component(indicator.code(), indicator.name(locale), indicator.category(),
                    weight.getValue(), layer.year(), layer.live(), round(stats[0]), round(stats[1]), (int) stats[2]));
            layers.add(layer);
        }
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            for (UnitValue unit : layers.get(i).units()) {
                names.put(unit.teryt(), unit.name());
                double z = z(unit.value(), component);
                double contribution = component.sign() * component.weight().doubleValue() * z;
                parts.computeIfAbsent(unit.teryt(), t -> new ArrayList<>()).add(new Part(component.code(), unit.value(),
                        round(z), round(contribution), unit.value() == null));
                scores.merge(unit.teryt(), contribution, Double::sum);
            }
        }
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        scores.forEach((teryt, score) -> rounded.put(teryt, round(score)));
        Map<String, Integer> ranks = Ranks.of(rounded);
        List<Score> ranked = new ArrayList<>();
        rounded.forEach((teryt, score) -> ranked.add(new Score(teryt, names.get(teryt), score, ranks.get(teryt),
                parts.get(teryt))));
        ranked.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                : a.teryt().compareTo(b.teryt()));
        return new PriorityRanking(level, components, ranked);
    }

    /** z-score; 0 without a value or when all units are equal. */
    static double z(BigDecimal value, Component component) {
        if (value == null || component.standardDeviation().signum() == 0) {
            return 0;
        }
        return (value.doubleValue() - component.mean().doubleValue()) / component.standardDeviation().doubleValue();
    }

    /** Mean, population standard deviation and count of the units with a value. */
    static double[] meanAndDeviation(List<UnitValue> units) {
        double sum = 0;
        int n = 0;
        for (UnitValue unit : units) {
            if (unit.value() != null) {
                sum += unit.value().doubleValue();
                n++;
            }
        }
        if (n == 0) {
            return new double[] {0, 0, 0};
        }
        double mean = sum / n;
        double squares = 0;
        for (UnitValue unit : units) {
            if (unit.value() != null) {
                double d = unit.value().doubleValue() - mean;
                squares += d * d;
            }
        }
        return new double[] {mean, Math.sqrt(squares / n), n};
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
