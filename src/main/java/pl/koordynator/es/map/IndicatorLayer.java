package pl.koordynator.es.map;

import java.util.List;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * An indicator for every unit of a level in one year. {@code live} when the values are today's
 * register (or reported needs); {@code populationYear} is the year of the population figures a
 * per-inhabitant rate or a weighted mean used, null when none was needed.
 */
public record IndicatorLayer(IndicatorDefinition indicator, MapLevel level, int year, boolean live,
        Integer populationYear, List<UnitValue> units) {
}
