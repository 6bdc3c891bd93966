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
 * the indicator page: every powiat of the region (a powiat without a value shows "no data"),
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
        List<BigDecimal> sorted = byPowiat.values().stream().filter(v -> v != null).sorted().toList();
        List<BigDecimal> breaks = new ArrayList<>();
        for (int c = 1; c < CLASSES && !sorted.isEmpty(); c++) {
            BigDecimal cut = sorted.get(Math.min(sorted.size() - 1, c * sorted.size() / CLASSES));
            if ((breaks.isEmpty() || cut.compareTo(breaks.get(breaks.size() - 1)) > 0)
                    && cut.compareTo(sorted.get(0)) > 0) {
                breaks.add(cut);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Unit unit : territory.units(Level.POWIAT, territory.regionTeryt())) {
            if (!unit.historical()) {
                names.put(unit.teryt(), unit.name());
            }
        }
        byPowiat.keySet().forEach(teryt -> names.putIfAbsent(teryt, teryt));
        List<Line> lines = new ArrayList<>();
        names.forEach((teryt, name) -> {
            BigDecimal value = byPowiat.get(teryt);
            lines.add(new Line(teryt, name, value, value == null ? -1 : shade(value, breaks)));
        });
        lines.sort(Comparator.comparing(Line::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl"))));
        return new PowiatValues(lines, List.copyOf(breaks));
    }

    private static int shade(BigDecimal value, List<BigDecimal> breaks) {
        int shade = 0;
        while (shade < breaks.size() && value.compareTo(breaks.get(shade)) >= 0) {
            shade++;
        }
        // fewer distinct values than classes: spread the classes used over the scale's darker end
        return shade + (CLASSES - 1 - breaks.size());
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
