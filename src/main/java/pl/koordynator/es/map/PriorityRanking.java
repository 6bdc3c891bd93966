package pl.koordynator.es.map;

import java.math.BigDecimal;
import java.util.List;
import pl.koordynator.es.statistics.IndicatorCategory;

/**
 * The priority index of every unit of a level: score = Σ weight × z over needs − Σ weight × z over
 * resources, z = (value − regional mean) / standard deviation. A unit without a value of a
 * component gets z = 0 for it (the regional mean) and the component is marked missing.
 */
public record PriorityRanking(MapLevel level, List<Component> components, List<Score> scores) {

    /** An indicator in the index: its weight, the year of its values, their mean and standard deviation. */
    public record Component(String code, String name, IndicatorCategory category, BigDecimal weight, int year,
            boolean live, BigDecimal mean, BigDecimal standardDeviation, int unitsWithValue) {

        public int sign() {
            return category == IndicatorCategory.NEED ? 1 : -1;
        }
    }

    /** One unit's score, rank (1 = support most needed) and each component's share of it. */
    public record Score(String teryt, String name, BigDecimal score, int rank, List<Part> parts) {
    }

    /** A component for one unit: value, z-score and contribution = sign × weight × z. */
    public record Part(String code, BigDecimal value, BigDecimal z, BigDecimal contribution, boolean missing) {
    }
}
