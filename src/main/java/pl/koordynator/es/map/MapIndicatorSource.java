package pl.koordynator.es.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * Indicators another module computes for the map from its own data, for any year it has data of
 * (ties of PES with business per gmina, say). The map lists them after the statistics catalogue's,
 * draws them like any other and adds gminas up by the indicator's aggregation. A module implements
 * it once, in its {@code domain} package, as a bean named {@code <Module>MapIndicators}; codes must
 * not clash with the catalogue's.
 */
public interface MapIndicatorSource {

    /** The indicators this module computes; {@code live} true, as nothing of them is imported. */
    List<IndicatorDefinition> indicators();

    /** Years with data for the indicator, ascending. */
    List<Integer> years(String code);

    /** The indicator's value per gmina (7-digit TERYT) in the year; a gmina left out has 0. */
    Map<String, BigDecimal> valuesByGmina(String code, int year);

    /**
     * Values of powiats (4-digit TERYT) and the region (2 digits) the module computes itself, for an
     * indicator that does not add up from gminas (a share of value, say): the map shows these instead of
     * summing or weighting the gminas. Empty (the default) when the gminas add up.
     */
    default Map<String, BigDecimal> valuesOfAreas(String code, int year) {
        return Map.of();
    }

    /**
     * The change topics of the tables its values come from ({@code shared.DataChanges}), so that the
     * map's cached layers are computed again after a change there.
     */
    default List<String> changeTopics() {
        return List.of();
    }
}
