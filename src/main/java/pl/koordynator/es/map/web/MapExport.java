package pl.koordynator.es.map.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.web.RateLimited;

/**
 * The map table as open data: CSV (UTF-8 with BOM, semicolons, decimal comma, as Polish Excel
 * reads it; its teryt, kod, rok, wartość columns are also the statistics import's long layout),
 * XLSX with numeric cells, and GeoJSON.
 */
@Controller
@RequestMapping("/map")
class MapExport {

    private static final MediaType GEO_JSON = new MediaType("application", "geo+json");

    private final MapData data;
    private final LayerGeoJson geoJson;
    private final MessageSource messages;

    MapExport(MapData data, LayerGeoJson geoJson, MessageSource messages) {
        this.data = data;
        this.geoJson = geoJson;
        this.messages = messages;
    }

    @RateLimited("exports")
    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        IndicatorLayer layer = layer(level, indicator, year);
        Downloads.csv(response, fileName(layer, "csv"), table(layer));
    }

    @RateLimited("exports")
    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        IndicatorLayer layer = layer(level, indicator, year);
        Downloads.xlsx(response, fileName(layer, "xlsx"), table(layer));
    }

    @RateLimited("exports")
    @GetMapping("/export.geojson")
    void geoJson(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        IndicatorLayer layer = layer(level, indicator, year);
        Downloads.attachment(response, GEO_JSON, fileName(layer, "geojson"));
        response.getOutputStream().write(geoJson.write(layer, LocaleContextHolder.getLocale()).body());
    }

    private IndicatorLayer layer(String level, String indicator, Integer year) {
        return data.layer(MapLevel.parse(level), indicator == null ? MapPages.DEFAULT_INDICATOR : indicator, year);
    }

    private Table<UnitValue> table(IndicatorLayer layer) {
        Locale locale = LocaleContextHolder.getLocale();
        String code = layer.indicator().code();
        String unit = layer.indicator().unit(locale);
        return new Table<UnitValue>(code + " " + layer.year())
                .column(header("teryt"), 12, UnitValue::teryt)
                .column(header("name"), 30, UnitValue::name)
                .column(header("code"), 28, u -> code)
                .column(header("year"), u -> layer.year())
                .column(header("value"), UnitValue::value)
                .column(header("unit"), u -> unit)
                .column(header("rank"), UnitValue::rank)
                .rows(layer.units());
    }

    private String header(String column) {
        return messages.getMessage("map.export.column." + column, null, LocaleContextHolder.getLocale());
    }

    private static String fileName(IndicatorLayer layer, String extension) {
        return "mapa-" + layer.level().path() + "-" + layer.indicator().code().toLowerCase(Locale.ROOT) + "-"
                + layer.year() + "." + extension;
    }
}
