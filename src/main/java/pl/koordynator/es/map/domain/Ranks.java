package pl.koordynator.es.map.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks in the region: 1 for the highest value, equal values share a rank ("1, 2, 2, 4"), no value no rank. */
final class Ranks {

    private Ranks() {
    }

    static <K> Map<K, Integer> of(Map<K, BigDecimal> values) {
        List<BigDecimal> sorted = values.values().stream().filter(v -> v != null)
                .sorted((a, b) -> b.compareTo(a)).toList();
        Map<K, Integer> ranks = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                int higher = 0;
                while (higher < sorted.size() && sorted.get(higher).compareTo(value) > 0) {
                    higher++;
                }
                ranks.put(key, higher + 1);
            }
        });
        return ranks;
    }
}
