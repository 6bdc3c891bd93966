package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An indicator's values period by period, for its page, chart and API.
 *
 * @param byPowiat the latest period's value per powiat TERYT code for a territorial measure; empty otherwise
 */
public record IndicatorSeries(IndicatorProgress indicator, long programmeId, List<PeriodValue> periods,
        Map<String, BigDecimal> byPowiat) {
}
