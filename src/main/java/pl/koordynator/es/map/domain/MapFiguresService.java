package pl.koordynator.es.map.domain;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.statistics.IndicatorDefinition;

/** The map's figures for other modules, through the same code paths as the map's API. */
@Service
class MapFiguresService implements MapFigures {

    private final MapData data;
    private final PriorityIndex priority;
    private final MapIndicators catalogue;

    MapFiguresService(MapData data, PriorityIndex priority, MapIndicators catalogue) {
        this.data = data;
        this.priority = priority;
        this.catalogue = catalogue;
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return catalogue.all();
    }

    @Override
    public IndicatorLayer layer(MapLevel level, String code, Integer year) {
        return data.layer(level, code, year);
    }

    @Override
    public PriorityRanking priority(MapLevel level, Locale locale) {
        return priority.ranking(level, locale);
    }
}
