package pl.koordynator.es.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * A territorial indicator's latest values by powiat, for the table and the small choropleth of
 * the indicator page: every powiat of the region; a measure lists only the powiats where it
 * counted something, so a powiat it leaves out counted nothing and shows 0,
 * shaded in up to five quantile classes as the map module shades its layers, with the same
 * colours ({@code --shade-0..4} of app.css).
 */
record PowiatValues(List<Line> lines, List<BigDecimal> breaks) {

    private static final int CLASSES = 5;

    /** One powiat; shade 0..4, or -1 without a value. */
    record Line(String teryt, String name, BigDecimal value, int shade) {

        public String shadeClass() {
            return shade < 0 ? "shade-none" : "shade-" + shade;
        }
    }

    static PowiatValues of(Map<String, BigDecimal> byPowiat, Territory territory) {
        if (byPowiat == null || byPowiat.isEmpty()) {
            return new PowiatValues(List.of(), List.of());
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Unit unit : territory.units(Level.POWIAT, territory.regionTeryt())) {
            if (!unit.historical()) {
                names.put(unit.teryt(), unit.name());
            }
        }
        byPowiat.keySet().forEach(teryt -> names.putIfAbsent(teryt, teryt));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        names.keySet().forEach(teryt -> values.put(teryt, byPowiat.getOrDefault(teryt, BigDecimal.ZERO)));
        List<BigDecimal> sorted = values.values().stream().sorted().toList();
        BigDecimal lowest = sorted.get(0);
        // the lowest value (mostly 0: nothing counted) is the lightest class; the values above it
        // split into up to four quantile classes, so a few powiats with something stand out
        List<BigDecimal> above = sorted.stream().filter(v -> v.compareTo(lowest) > 0).toList();
        List<BigDecimal> breaks = new ArrayList<>();
        breaks.add(above.isEmpty() ? null : above.get(0));
        for (int c = 1; c < CLASSES - 1 && !above.isEmpty(); c++) {
            BigDecimal cut = above.get(c * above.size() / (CLASSES - 1));
            if (cut.compareTo(breaks.get(breaks.size() - 1)) > 0) {
                breaks.add(cut);
            }
        }
        if (breaks.get(0) == null) {
            breaks.clear();
        }
        List<Line> lines = new ArrayList<>();
        names.forEach((teryt, name) -> {
            BigDecimal value = values.get(teryt);
            lines.add(new Line(teryt, name, value, value == null ? -1 : shade(value, breaks)));
        });
        lines.sort(Comparator.comparing(Line::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl"))));
        return new PowiatValues(lines, List.copyOf(breaks));
    }

    /** 0 below the first break (the lowest value), then one class up for each break reached. */
    private static int shade(BigDecimal value, List<BigDecimal> breaks) {
        int shade = 0;
        while (shade < breaks.size() && value.compareTo(breaks.get(shade)) >= 0) {
            shade++;
        }
        return shade;
    }

    /** TERYT → value, for the map script. */
    Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        lines.stream().filter(line -> line.value() != null).forEach(line -> values.put(line.teryt(), line.value()));
        return values;
    }

    /** TERYT → shade, for the map script. */
    Map<String, Integer> shades() {
        Map<String, Integer> shades = new LinkedHashMap<>();
        lines.forEach(line -> shades.put(line.teryt(), line.shade()));
        return shades;
    }
}
