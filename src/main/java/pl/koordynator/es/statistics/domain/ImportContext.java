package pl.koordynator.es.statistics.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * What an import checks a file against, read once before the file: the indicators with the
 * labels that name them in BDL exports, the region's current units and the current year.
 *
 * @param indicators  every indicator by code
 * @param codeByLabel normalised BDL alias or Polish name → indicator code
 */
record ImportContext(Map<String, IndicatorDefinition> indicators, Map<String, String> codeByLabel, String region,
        Set<String> gminas, Set<String> powiats, int currentYear) {

    static final int FIRST_YEAR = 1990;

    /** Builds the label index from each indicator's aliases and Polish name (aliases win). */
    static ImportContext of(List<StoredIndicator> indicators, String region, Set<String> gminas, Set<String> powiats,
            int currentYear) {
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (StoredIndicator indicator : indicators) {
            byCode.put(indicator.code(), indicator.definition());
            indicator.bdlNames().forEach(alias -> byLabel.putIfAbsent(Labels.normalise(alias), indicator.code()));
        }
        for (StoredIndicator indicator : indicators) {
            byLabel.putIfAbsent(Labels.normalise(indicator.definition().namePl()), indicator.code());
        }
        byLabel.remove("");
        return new ImportContext(Map.copyOf(byCode), Map.copyOf(byLabel), region, Set.copyOf(gminas),
                Set.copyOf(powiats), currentYear);
    }

    Optional<IndicatorDefinition> indicator(String code) {
        return Optional.ofNullable(code == null ? null : indicators.get(code));
    }

    /** The message key of what is wrong with this year for this indicator, or null. */
    String yearProblem(IndicatorDefinition indicator, int year) {
        if (year < FIRST_YEAR || year > currentYear) {
            return "statistics.problem.year.range";
        }
        if (indicator != null && indicator.live() && year == currentYear) {
            return "statistics.problem.year.live";
        }
        return null;
    }
}
