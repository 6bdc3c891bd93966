package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.territory.Territory;

/**
 * The social clause measures per gmina of the buyer's seat and year, for the map. Sums add up from
 * gminas; a share of value does not, so the share of powiats and of the region is computed here from
 * their own totals ({@link #valuesOfAreas}) and the map shows those.
 */
@Component
class PublicServicesMapIndicators implements MapIndicatorSource {

    static final String SOCIAL_CLAUSE_VALUE_SHARE = "SOCIAL_CLAUSE_VALUE_SHARE";
    static final String SOCIAL_CLAUSE_VALUE = "SOCIAL_CLAUSE_VALUE";
    static final String PROCUREMENT_VALUE = "PROCUREMENT_VALUE";
    static final String CONTRACTS_WON_BY_PES = "CONTRACTS_WON_BY_PES";
    static final String ART96_PERSONS_EMPLOYED = "ART96_PERSONS_EMPLOYED";
    static final String PUBLIC_TASKS_VALUE_TO_PES = "PUBLIC_TASKS_VALUE_TO_PES";
    private static final String SOURCE = "Koordynator ES: zamówienia publiczne i zadania publiczne JST";

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            indicator(SOCIAL_CLAUSE_VALUE_SHARE, "Udział wartości zamówień z klauzulami społecznymi",
                    "Share of procurement value with social clauses", "%", "%", Aggregation.SUM),
            indicator(SOCIAL_CLAUSE_VALUE, "Wartość zamówień z klauzulami społecznymi",
                    "Value of procurements with social clauses", "zł", "PLN", Aggregation.SUM),
            indicator(PROCUREMENT_VALUE, "Wartość zamówień publicznych", "Value of public procurements", "zł",
                    "PLN", Aggregation.SUM),
            indicator(CONTRACTS_WON_BY_PES, "Umowy zamówień wygrane przez PES", "Procurement contracts won by PES",
                    "umowy", "contracts", Aggregation.SUM),
            indicator(ART96_PERSONS_EMPLOYED, "Osoby zatrudnione dzięki klauzulom art. 96",
                    "Persons employed through art. 96 clauses", "osoby", "persons", Aggregation.SUM),
            indicator(PUBLIC_TASKS_VALUE_TO_PES, "Wartość zadań publicznych zleconych PES",
                    "Value of public tasks commissioned to PES", "zł", "PLN", Aggregation.SUM));

    private static final Map<String, Function<ClauseMeasure, BigDecimal>> VALUES = Map.of(
            SOCIAL_CLAUSE_VALUE_SHARE, ClauseMeasure::share,
            SOCIAL_CLAUSE_VALUE, ClauseMeasure::valueWithClauses,
            PROCUREMENT_VALUE, ClauseMeasure::valueTotal,
            CONTRACTS_WON_BY_PES, m -> BigDecimal.valueOf(m.contractsWonByPes()),
            ART96_PERSONS_EMPLOYED, m -> BigDecimal.valueOf(m.personsEmployedArt96()),
            PUBLIC_TASKS_VALUE_TO_PES, ClauseMeasure::publicTasksValueToPes);

    private final ClauseMeasuresService measures;

    private final Territory territory;

    PublicServicesMapIndicators(ClauseMeasuresService measures, Territory territory) {
        this.measures = measures;
        this.territory = territory;
    }

    private static IndicatorDefinition indicator(String code, String namePl, String nameEn, String unitPl,
            String unitEn, Aggregation aggregation) {
        return new IndicatorDefinition(code, namePl, nameEn, unitPl, unitEn, SOURCE, IndicatorCategory.RESOURCE,
                aggregation, true, true);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public List<String> changeTopics() {
        return List.of("publicservices");
    }

    @Override
    public List<Integer> years(String code) {
        return measures.years();
    }

    /** The share of powiats and the region from their own totals; every other indicator adds up from gminas. */
    @Override
    public Map<String, BigDecimal> valuesOfAreas(String code, int year) {
        if (!SOCIAL_CLAUSE_VALUE_SHARE.equals(code)) {
            return Map.of();
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (ClauseMeasure powiat : measures.measures(year, ClauseMeasureLevel.POWIAT)) {
            if (powiat.share() != null && powiat.unitCode() != null && powiat.unitCode().length() == 4) {
                values.put(powiat.unitCode(), powiat.share());
            }
        }
        BigDecimal region = measures.region(year).share();
        if (region != null) {
            values.put(territory.regionTeryt(), region);
        }
        return values;
    }

    @Override
    public Map<String, BigDecimal> valuesByGmina(String code, int year) {
        Function<ClauseMeasure, BigDecimal> value = VALUES.get(code);
        if (value == null) {
            throw new IllegalArgumentException("not a map indicator of the public services module: " + code);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (ClauseMeasure gmina : measures.measures(year, ClauseMeasureLevel.GMINA)) {
            BigDecimal v = value.apply(gmina);
            if (v != null && gmina.unitCode() != null && gmina.unitCode().length() == 7) {
                values.put(gmina.unitCode(), v);
            }
        }
        return values;
    }
}
