package pl.koordynator.es.map.web;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.map.domain.MapIndicators;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.territory.Territory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public map page: a choropleth of the chosen indicator (drawn by /js/map.js from the GeoJSON
 * API) and the same data as a table, which is also what works without JavaScript.
 */
@Controller
class MapPages {

    static final String DEFAULT_INDICATOR = "PES_ACTIVE";

    private final MapIndicators catalogue;
    private final MapData data;
    private final Territory territory;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String tilesUrl;

    MapPages(MapIndicators catalogue, MapData data, Territory territory, MessageSource messages, JsonMapper json,
            @Value("${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl) {
        this.catalogue = catalogue;
        this.data = data;
        this.territory = territory;
        this.messages = messages;
        this.json = json;
        this.tilesUrl = tilesUrl;
    }

    /** A table row: the unit, its value and rank, and the colour class of its value. */
    public record Row(String teryt, String name, BigDecimal value, Integer rank, String shade) {
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        MapLevel mapLevel = MapLevel.of(level).orElse(MapLevel.GMINA);
        IndicatorDefinition chosen = catalogue.find(indicator).orElseGet(() -> catalogue.find(DEFAULT_INDICATOR)
                .orElseThrow());
        List<Integer> years = catalogue.years(chosen);
        Integer chosenYear = parseYear(year);
        if (chosenYear != null && !years.contains(chosenYear)) {
            chosenYear = null;
        }
        IndicatorLayer layer = data.layer(mapLevel, chosen.code(), chosenYear);
        ClassBreaks breaks = ClassBreaks.of(layer.units());
        String sortBy = sort != null && List.of("name", "value", "teryt").contains(sort) ? sort : "value";
        boolean ascending = "asc".equals(dir) || (dir == null && !sortBy.equals("value"));
        List<Row> rows = layer.units().stream().sorted(order(sortBy, ascending))
                .map(u -> new Row(u.teryt(), u.name(), u.value(), u.rank(), breaks.cssClass(u.value()))).toList();
        boolean hasBoundaries = territory.hasBoundaries(mapLevel.territoryLevel());

        model.addAttribute("levels", MapLevel.values());
        model.addAttribute("level", mapLevel);
        model.addAttribute("resources", catalogue.all().stream()
                .filter(i -> i.category() == IndicatorCategory.RESOURCE).toList());
        model.addAttribute("needs", catalogue.all().stream().filter(i -> i.category() == IndicatorCategory.NEED).toList());
        model.addAttribute("indicator", chosen);
        model.addAttribute("indicatorName", chosen.name(locale));
        model.addAttribute("indicatorUnit", chosen.unit(locale));
        model.addAttribute("years", years);
        model.addAttribute("layer", layer);
        model.addAttribute("rows", rows);
        model.addAttribute("withValue", layer.units().stream().filter(u -> u.value() != null).count());
        model.addAttribute("breaks", breaks);
        model.addAttribute("breaksJson", json.writeValueAsString(breaks.thresholds()));
        model.addAttribute("shadesJson", json.writeValueAsString(breaks.shades()));
        model.addAttribute("sort", sortBy);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("totals", data.totals(chosen, layer.year(),
                messages.getMessage("map.region", null, locale)));
        model.addAttribute("hasBoundaries", hasBoundaries);
        model.addAttribute("tilesUrl", tilesUrl == null ? "" : tilesUrl.strip());
        model.addAttribute("query", "level=" + mapLevel.path() + "&indicator=" + chosen.code() + "&year=" + layer.year());
        return "map/map";
    }

    private static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    private static Comparator<UnitValue> order(String sort, boolean ascending) {
        Comparator<UnitValue> byName = Comparator.comparing(UnitValue::name,
                java.text.Collator.getInstance(Locale.forLanguageTag("pl")));
        Comparator<UnitValue> comparator = switch (sort) {
            case "name" -> byName;
            case "teryt" -> Comparator.comparing(UnitValue::teryt);
            default -> Comparator.comparing(UnitValue::value, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName.reversed());
        };
        Comparator<UnitValue> directed = ascending ? comparator : comparator.reversed();
        if (!sort.equals("value")) {
            return directed;
        }
        // units without data stay at the end whichever way the values are sorted
        return Comparator.comparing((UnitValue u) -> u.value() == null).thenComparing(directed);
    }
}
