package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.koordynator.es.statistics.domain.ImportReport.Skipped;

/**
 * What a parser read from a file: the values to write, in file order, and every problem; a file
 * with problems is never written. Collects values through {@link #add}, which refuses a second
 * value for the same unit, indicator and year.
 */
final class ParsedImport {

    /** One value to write. */
    record Value(String code, int year, String teryt, BigDecimal value) {
    }

    private record Key(String code, int year, String teryt) {
    }

    private final ImportLayout layout;
    private final List<Value> values = new ArrayList<>();
    private final Map<Key, Integer> rowOf = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int townOrRuralPart;
    private int outsideRegion;
    private int statisticalRegion;
    private int noData;

    ParsedImport(ImportLayout layout) {
        this.layout = layout;
    }

    ImportLayout layout() {
        return layout;
    }

    List<Value> values() {
        return values;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    /** Adds a value, or a problem naming the row that already has one for this unit, indicator and year. */
    void add(int row, String column, String code, int year, String teryt, BigDecimal value) {
        Integer earlier = rowOf.putIfAbsent(new Key(code, year, teryt), row);
        if (earlier != null) {
            problems.add(ImportProblem.cell(row, column, "statistics.problem.duplicate", teryt, code, year, earlier));
            return;
        }
        values.add(new Value(code, year, teryt, value));
    }

    /** Counts a unit that is not imported; false when the unit is to be imported. */
    boolean skipped(UnitCodes.Kind kind) {
        switch (kind) {
            case TOWN_OR_RURAL_PART -> townOrRuralPart++;
            case OUTSIDE_REGION -> outsideRegion++;
            case STATISTICAL_REGION -> statisticalRegion++;
            default -> {
                return false;
            }
        }
        return true;
    }

    void noData() {
        noData++;
    }

    Skipped skippedCounts() {
        return new Skipped(townOrRuralPart, outsideRegion, statisticalRegion, noData);
    }

    /** Number of values per indicator and year, in the order they first appear. */
    Map<List<Object>, Integer> countsByCodeYear() {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        values.forEach(value -> counts.merge(List.of(value.code(), value.year()), 1, Integer::sum));
        return counts;
    }

    int units() {
        return (int) values.stream().map(Value::teryt).distinct().count();
    }
}
