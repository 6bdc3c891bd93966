package pl.koordynator.es.statistics.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.Statistics;
import pl.koordynator.es.statistics.domain.IndicatorCatalogue;
import pl.koordynator.es.statistics.domain.IndicatorInput;
import pl.koordynator.es.statistics.domain.StoredIndicator;

/**
 * The indicator catalogue and the imported values as open data (GET); ADMIN defines, edits and
 * deletes indicators (enforced in the catalogue service).
 */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsApi {

    /** An indicator with the BDL labels that name it and the years that have imported values. */
    record IndicatorJson(String code, String namePl, String nameEn, String unitPl, String unitEn, String source,
            IndicatorCategory category, Aggregation aggregation, boolean live, boolean builtIn, List<String> bdlNames,
            List<Integer> years, long version) {

        static IndicatorJson of(StoredIndicator stored, Map<String, SortedMap<Integer, Long>> counts) {
            IndicatorDefinition d = stored.definition();
            SortedMap<Integer, Long> years = counts.get(d.code());
            return new IndicatorJson(d.code(), d.namePl(), d.nameEn(), d.unitPl(), d.unitEn(), d.source(),
                    d.category(), d.aggregation(), d.live(), d.builtIn(), stored.bdlNames(),
                    years == null ? List.of() : List.copyOf(years.keySet()), stored.version());
        }
    }

    /** One unit's value. */
    record UnitValue(String teryt, BigDecimal value) {
    }

    private final IndicatorCatalogue catalogue;
    private final Statistics statistics;

    StatisticsApi(IndicatorCatalogue catalogue, Statistics statistics) {
        this.catalogue = catalogue;
        this.statistics = statistics;
    }

    @GetMapping("/indicators")
    List<IndicatorJson> indicators() {
        Map<String, SortedMap<Integer, Long>> counts = catalogue.valueCounts();
        return catalogue.list().stream().map(stored -> IndicatorJson.of(stored, counts)).toList();
    }

    @GetMapping("/indicators/{code}")
    IndicatorJson indicator(@PathVariable String code) {
        return IndicatorJson.of(catalogue.get(code), catalogue.valueCounts());
    }

    @PostMapping("/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IndicatorJson> create(@RequestBody IndicatorInput input, UriComponentsBuilder uri) {
        StoredIndicator created = catalogue.create(input);
        return ResponseEntity.created(uri.path("/api/v1/statistics/indicators/{code}").build(created.code()))
                .body(IndicatorJson.of(created, Map.of()));
    }

    @PutMapping("/indicators/{code}")
    IndicatorJson update(@PathVariable String code, @RequestBody IndicatorInput input) {
        return IndicatorJson.of(catalogue.update(code, input), catalogue.valueCounts());
    }

    /** Deletes the indicator and all its values. */
    @DeleteMapping("/indicators/{code}")
    ResponseEntity<Void> delete(@PathVariable String code, @RequestParam(required = false) Long version) {
        catalogue.delete(code, version);
        return ResponseEntity.noContent().build();
    }

    /** Imported values of one indicator in one year, by TERYT. */
    @GetMapping("/values")
    List<UnitValue> values(@RequestParam(required = false) String code, @RequestParam(required = false) String year) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", "statistics.values.code.required");
        }
        IndicatorDefinition indicator = statistics.definition(code)
                .orElseThrow(() -> InvalidInputException.of("code", "statistics.values.code.unknown"));
        if (year == null || !year.strip().matches("\\d{4}")) {
            throw InvalidInputException.of("year", "statistics.values.year.invalid");
        }
        return statistics.values(indicator.code(), Integer.parseInt(year.strip())).entrySet().stream()
                .map(entry -> new UnitValue(entry.getKey(), entry.getValue())).toList();
    }
}
