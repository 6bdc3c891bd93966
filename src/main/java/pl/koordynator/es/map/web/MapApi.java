package pl.koordynator.es.map.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.map.domain.MapIndicators;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.map.domain.PriorityIndex;
import pl.koordynator.es.map.domain.PriorityWeights;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.statistics.IndicatorDefinition;

/** The map's open data: the indicator catalogue, GeoJSON layers and the priority ranking. */
@RestController
@RequestMapping("/api/v1/map")
@Tag(name = "Map of resources and needs")
class MapApi {

    private final MapIndicators catalogue;
    private final MapData data;
    private final LayerGeoJson geoJson;
    private final PriorityIndex priority;
    private final PriorityWeights weights;
    private final UserAccounts users;
    private final CachedAnswers<LayerKey, LayerGeoJson.Document> layers;

    /** What a layer depends on besides the data; without a year, the current year picks the live values. */
    private record LayerKey(String level, String indicator, Integer year, Locale locale, int currentYear) {
    }

    MapApi(MapIndicators catalogue, MapData data, LayerGeoJson geoJson, PriorityIndex priority,
            PriorityWeights weights, UserAccounts users, DataChanges changes) {
        this.catalogue = catalogue;
        this.data = data;
        this.geoJson = geoJson;
        this.priority = priority;
        this.weights = weights;
        this.users = users;
        // a layer (~100 kB with boundaries) joins the register's counts, statistics, reported needs
        // and the boundaries
        List<String> topics = new java.util.ArrayList<>(List.of("map", "registry", "statistics", "needs", "territory"));
        topics.addAll(catalogue.sourceTopics());
        this.layers = changes.cache(50, topics.toArray(String[]::new));
    }

    /** An indicator as the API lists it, with the years that have data. */
    record IndicatorInfo(String code, String name, String namePl, String nameEn, String unit, String source,
            String category, String aggregation, boolean live, boolean builtIn, List<Integer> years, int defaultYear) {
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every indicator of the map with its unit, source and the years with data")
    List<IndicatorInfo> indicators() {
        Locale locale = LocaleContextHolder.getLocale();
        return catalogue.all().stream().map(i -> info(i, locale)).toList();
    }

    @GetMapping("/{level}")
    @ApiResponse(responseCode = "200", description = "The layer as a GeoJSON FeatureCollection",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = "object")))
    @Operation(summary = "An indicator for every gmina or powiat of the region as a GeoJSON FeatureCollection",
            description = "One feature per unit, properties teryt, name, value, rank; geometry null without an "
                    + "imported boundary. Without year: the current year for live register indicators, the latest "
                    + "imported year for the others. Supports If-None-Match (304).")
    ResponseEntity<byte[]> layer(@PathVariable String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year) {
        Locale locale = LocaleContextHolder.getLocale();
        LayerGeoJson.Document document = layers.get(new LayerKey(level, indicator, year, locale, catalogue.currentYear()),
                () -> geoJson.write(data.layer(MapLevel.parse(level), required(indicator), year), locale));
        // weak: Tomcat compresses no answer with a strong ETag (its bytes differ from the tagged ones),
        // and a GeoJSON layer is the largest answer of the map page
        return ResponseEntity.ok().contentType(LayerGeoJson.GEO_JSON).eTag("W/" + document.etag())
                .cacheControl(CacheControl.noCache()).body(document.body());
    }

    /** Subregion and region values of an indicator, as the map page lists them under the table. */
    record Totals(String indicator, int year, List<pl.koordynator.es.map.AreaTotal> subregions,
            java.math.BigDecimal region) {
    }

    @GetMapping("/totals")
    @Operation(summary = "An indicator for every subregion and the whole region",
            description = "A subregion or the region without data from some of its gminas has a null value.")
    Totals totals(@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer year) {
        IndicatorDefinition definition = data.indicator(required(indicator));
        int chosen = data.year(definition, year);
        List<pl.koordynator.es.map.AreaTotal> all = data.totals(definition, chosen, "region");
        return new Totals(definition.code(), chosen, all.subList(0, all.size() - 1), all.get(all.size() - 1).value());
    }

    @GetMapping("/priority")
    @Operation(summary = "Units ranked by the priority index, each with every component of its score")
    PriorityRanking priority(@RequestParam(required = false) String level) {
        return priority.ranking(MapLevel.parse(level), LocaleContextHolder.getLocale());
    }

    @GetMapping("/priority/weights")
    @Operation(summary = "The weights of the priority index by indicator code")
    Map<String, BigDecimal> weights() {
        return weights.current();
    }

    @PutMapping("/priority/weights")
    @Operation(summary = "Replaces the weights of the priority index (ADMIN); 0–10 each, at least one above 0")
    Map<String, BigDecimal> replaceWeights(@RequestBody Map<String, BigDecimal> body) {
        weights.replace(body, users.current().orElseThrow().username());
        return weights.current();
    }

    private static String required(String indicator) {
        if (indicator == null || indicator.isBlank()) {
            throw InvalidInputException.of("indicator", "map.indicator.required");
        }
        return indicator;
    }

    private IndicatorInfo info(IndicatorDefinition i, Locale locale) {
        return new IndicatorInfo(i.code(), i.name(locale), i.namePl(), i.nameEn(), i.unit(locale), i.source(),
                i.category().name(), i.aggregation().name(), i.live(), i.builtIn(), catalogue.years(i),
                catalogue.defaultYear(i));
    }
}
