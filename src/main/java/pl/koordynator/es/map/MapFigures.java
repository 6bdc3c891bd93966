package pl.koordynator.es.map;

import java.util.List;
import java.util.Locale;

import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * What other modules read of the map: the same layers and priority ranking the map's API answers
 * ({@code /api/v1/map/{level}}, {@code /api/v1/map/priority}), so a figure quoted elsewhere (a local
 * plan's diagnosis) equals the map's. Public figures, the same for every caller.
 */
public interface MapFigures {

    /** Every indicator of the map (register, statistics, reported needs and the modules' sources). */
    List<IndicatorDefinition> indicators();

    /**
     * An indicator for every unit of the level; without a year the map's default (the current year for
     * live register indicators, the latest imported year for the others). An unknown code or a year
     * out of range is an {@code InvalidInputException} naming {@code indicator} or {@code year}.
     */
    IndicatorLayer layer(MapLevel level, String code, Integer year);

    /** Units of the level ranked by the priority index, with every component of each score. */
    PriorityRanking priority(MapLevel level, Locale locale);
}
