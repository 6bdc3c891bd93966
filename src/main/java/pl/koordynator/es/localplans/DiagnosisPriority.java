package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unit's place in the map's priority index among the units of its level (rank 1 = support most
 * needed), with every component of its score; null rank when the unit is not ranked.
 */
public record DiagnosisPriority(Integer rank, int units, BigDecimal score, String sourceApi,
        List<Component> components) {

    public DiagnosisPriority {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /**
     * A component: indicator, its weight and year, the unit's value (null when missing: z = 0), z-score
     * and contribution to the score (sign × weight × z).
     */
    public record Component(String code, String name, String category, BigDecimal weight, int year,
            BigDecimal value, BigDecimal z, BigDecimal contribution, boolean missing) {
    }
}
