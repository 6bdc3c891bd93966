package pl.koordynator.es.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** What other modules may ask of the imported public statistics and the indicator catalogue. */
public interface Statistics {

    /** Codes of the programme, in this order, always present. */
    List<String> BUILT_IN = List.of("PES_ACTIVE", "PES_PER_10K", "SOCIAL_ENTERPRISES", "REINTEGRATION_PLACES",
            "PES_JOBS", "PES_JOBS_AT_RISK", "POPULATION", "UNEMPLOYED", "UNEMPLOYED_PER_100",
            "SOCIAL_ASSISTANCE_PER_1000", "NEEDS_REPORTED");

    /** Every indicator: the built-in ones in {@link #BUILT_IN} order, then those ADMIN defined, by code. */
    List<IndicatorDefinition> definitions();

    Optional<IndicatorDefinition> definition(String code);

    /**
     * Imported values of one indicator in one year, by unit TERYT: 7-digit gmina, 4-digit powiat or
     * 2-digit voivodeship code, only units that have a value.
     */
    Map<String, BigDecimal> values(String code, int year);

    /** Imported values of one unit: indicator code → (year → value), years ascending. */
    Map<String, SortedMap<Integer, BigDecimal>> valuesOf(String teryt);

    /** Years in which the indicator has any imported value, ascending. */
    List<Integer> years(String code);
}
