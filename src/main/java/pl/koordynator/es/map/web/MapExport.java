package pl.koordynator.es.map.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.map.domain.MapData;
import pl.koordynator.es.shared.web.RateLimited;

/**
 * The map table as open data: CSV (UTF-8 with BOM, semicolons, decimal comma, as Polish Excel
 * reads it; its teryt, kod, rok, wartość columns are also the statistics import's long layout),
 * XLSX with numeric cells, and GeoJSON.
 */
@Controller
@RequestMapping("/map")
class MapExport {

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
        attachment(response, "text/csv;charset=UTF-8", layer, "csv");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Locale locale = LocaleContextHolder.getLocale();
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord(headers());
            for (UnitValue unit : layer.units()) {
                csv.printRecord(unit.teryt(), unit.name(), layer.indicator().code(), layer.year(),
                        unit.value() == null ? "" : unit.value().toPlainString().replace('.', ','),
                        layer.indicator().unit(locale), unit.rank() == null ? "" : unit.rank());
            }
        }
    }

    @RateLimited("exports")
    @GetMapping("/export.xlsx")
    void xlsx(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        IndicatorLayer layer = layer(level, indicator, year);
        Locale locale = LocaleContextHolder.getLocale();
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", layer, "xlsx");
        Workbook workbook = new Workbook(response.getOutputStream(), "Koordynator ES", "1.0");
        Worksheet sheet = workbook.newWorksheet(layer.indicator().code() + " " + layer.year());
        List<String> headers = headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDE6F0").set();
        sheet.freezePane(0, 1);
        int row = 1;
        for (UnitValue unit : layer.units()) {
            sheet.value(row, 0, unit.teryt());
            sheet.value(row, 1, unit.name());
            sheet.value(row, 2, layer.indicator().code());
            sheet.value(row, 3, layer.year());
            if (unit.value() != null) {
                sheet.value(row, 4, (BigDecimal) unit.value());
            }
            sheet.value(row, 5, layer.indicator().unit(locale));
            if (unit.rank() != null) {
                sheet.value(row, 6, unit.rank());
            }
            row++;
        }
        sheet.setAutoFilter(0, 0, Math.max(row - 1, 0), headers.size() - 1);
        sheet.width(0, 12);
        sheet.width(1, 30);
        sheet.width(2, 28);
        workbook.finish();
    }

    @RateLimited("exports")
    @GetMapping("/export.geojson")
    void geoJson(@RequestParam(required = false) String level, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        IndicatorLayer layer = layer(level, indicator, year);
        attachment(response, "application/geo+json", layer, "geojson");
        response.getOutputStream().write(geoJson.write(layer, LocaleContextHolder.getLocale()).body());
    }

    private IndicatorLayer layer(String level, String indicator, Integer year) {
        return data.layer(MapLevel.parse(level), indicator == null ? MapPages.DEFAULT_INDICATOR : indicator, year);
    }

    private List<String> headers() {
        Locale locale = LocaleContextHolder.getLocale();
        return List.of("teryt", "name", "code", "year", "value", "unit", "rank").stream()
                .map(column -> messages.getMessage("map.export.column." + column, null, locale)).toList();
    }

    private static void attachment(HttpServletResponse response, String type, IndicatorLayer layer, String extension) {
        response.setContentType(type);
        String name = "mapa-" + layer.level().path() + "-" + layer.indicator().code().toLowerCase(Locale.ROOT) + "-"
                + layer.year() + "." + extension;
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
    }
}
