package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.List;

import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.TimeAggregation;
import pl.koordynator.es.programme.ValueSource;

/**
 * An indicator as the API sends it. Inside a programme's tree {@code nodeId} is not needed; on
 * its own ({@code POST /api/v1/programme/indicators}) it names the action or project node.
 *
 * @param id          an existing indicator, inside a programme's tree on an update
 * @param aggregation ignored for a computed indicator: a flow measure sums, a stock one takes the end value
 * @param measure     the code of a platform measure, required for a COMPUTED indicator
 * @param version     the version read, required on {@code PUT /api/v1/programme/indicators/{id}}
 */
public record IndicatorInput(Long id, Long nodeId, String code, String name, String unit, Direction direction,
        TimeAggregation aggregation, BigDecimal weight, BigDecimal baselineValue, Integer baselineYear,
        List<TargetInput> targets, String kpresReference, Boolean publicIndicator, ValueSource source,
        String measure, String comment, Long version) {

    /** A target for a year, or for a quarter (1–4) of it. */
    public record TargetInput(Integer year, Integer quarter, BigDecimal value) {
    }
}
