package pl.koordynator.es.map.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.statistics.IndicatorDefinition;

/** The weights of the priority index, set by ADMIN; an indicator without a row weighs 0. */
@Service
public class PriorityWeights {

    static final BigDecimal MAX = BigDecimal.TEN;
    private static final String ENTITY = "priority-weights";

    private final JdbcClient jdbc;
    private final MapIndicators catalogue;
    private final AuditTrail audit;

    PriorityWeights(JdbcClient jdbc, MapIndicators catalogue, AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Weights above zero by code, in catalogue order. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> current() {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        jdbc.sql("select code, weight from map_priority_weight where weight > 0")
                .query((rs, n) -> stored.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : catalogue.all()) {
            if (stored.containsKey(indicator.code())) {
                ordered.put(indicator.code(), stored.get(indicator.code()));
            }
        }
        return ordered;
    }

    /**
     * Replaces all weights. Each must be a known indicator with a weight from 0 to 10; at least one
     * above 0. A bad value is a problem naming {@code weights[CODE]} and nothing changes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void replace(Map<String, BigDecimal> weights, String username) {
        List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
        for (Map.Entry<String, BigDecimal> entry : weights.entrySet()) {
            String field = "weights[" + entry.getKey() + "]";
            if (catalogue.find(entry.getKey()).isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem(field, "map.indicator.unknown"));
            } else if (entry.getValue() == null) {
                problems.add(new InvalidInputException.FieldProblem(field, "map.weight.missing"));
            } else if (entry.getValue().signum() < 0 || entry.getValue().compareTo(MAX) > 0
                    || entry.getValue().scale() > 2) {
                problems.add(new InvalidInputException.FieldProblem(field, "map.weight.range"));
            }
        }
        if (problems.isEmpty() && weights.values().stream().noneMatch(w -> w != null && w.signum() > 0)) {
            problems.add(new InvalidInputException.FieldProblem("weights", "map.weight.none"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, BigDecimal> before = current();
        jdbc.sql("delete from map_priority_weight").update();
        weights.forEach((code, weight) -> {
            if (weight.signum() > 0) {
                jdbc.sql("insert into map_priority_weight (code, weight, updated_by) values (:code, :weight, :by)")
                        .param("code", code).param("weight", weight).param("by", username).update();
            }
        });
        audit.updated(ENTITY, 1, new LinkedHashMap<>(before), new LinkedHashMap<>(current()));
    }
}
