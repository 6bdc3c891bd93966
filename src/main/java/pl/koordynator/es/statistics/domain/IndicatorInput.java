package pl.koordynator.es.statistics.domain;

import java.util.List;

/**
 * An indicator as ADMIN defines it in a form or over the API; the service trims, checks and
 * names each bad field. {@code category} is RESOURCE or NEED, {@code aggregation} SUM or
 * POPULATION_WEIGHTED_MEAN; {@code bdlNames} are labels of BDL variables meaning this indicator.
 * {@code version} is the one read before editing (null: whatever is stored now).
 */
public record IndicatorInput(String code, String namePl, String nameEn, String unitPl, String unitEn, String source,
        String category, String aggregation, List<String> bdlNames, Long version) {
}
