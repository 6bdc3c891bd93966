package pl.koordynator.es.statistics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.Statistics;

/** The statistics as other modules read them; open to everyone, as the map is public. */
@Service
class StatisticsService implements Statistics {

    private final IndicatorRepository indicators;
    private final StatisticValueRepository values;

    StatisticsService(IndicatorRepository indicators, StatisticValueRepository values) {
        this.indicators = indicators;
        this.values = values;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorDefinition> definitions() {
        return indicators.all().stream().map(StoredIndicator::definition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorDefinition> definition(String code) {
        return code == null || code.isBlank() ? Optional.empty()
                : indicators.find(code.strip().toUpperCase(Locale.ROOT)).map(StoredIndicator::definition);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> values(String code, int year) {
        return code == null ? Map.of() : values.values(code.strip().toUpperCase(Locale.ROOT), year);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SortedMap<Integer, BigDecimal>> valuesOf(String teryt) {
        return teryt == null ? Map.of() : values.valuesOf(teryt.strip());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(String code) {
        return code == null ? List.of() : values.years(code.strip().toUpperCase(Locale.ROOT));
    }
}
