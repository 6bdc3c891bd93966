package pl.koordynator.es.events.domain;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import pl.koordynator.es.events.GminaActivity;
import pl.koordynator.es.territory.Unit;

/**
 * Which gminas of the region had no activity from {@code from} to {@code to} (both included):
 * every gmina with its counts, the least active first.
 */
public record CoverageReport(LocalDate from, LocalDate to, List<CoverageGmina> gminas, long withoutActivity,
        long total) {

    /** Names in the order of the Polish alphabet, whatever the case. */
    private static final Comparator<String> POLISH = comparator();

    private static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("pl-PL"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    /** The gminas of one powiat, and how many of them had no activity. */
    public record PowiatCoverage(String teryt, String name, List<CoverageGmina> gminas, long withoutActivity) {
    }

    /**
     * Puts together the events held in each gmina and what every other source reports for the same
     * days; a gmina counts as covered when either is above zero.
     */
    public static CoverageReport compute(LocalDate from, LocalDate to, List<Unit> gminas, Map<String, String> powiatNames,
            Map<String, Long> eventsByGmina, List<GminaActivity> otherSources) {
        Map<String, Long> others = new LinkedHashMap<>();
        for (GminaActivity source : otherSources) {
            source.countByGmina(from, to).forEach((teryt, count) -> others.merge(teryt, count, Long::sum));
        }
        List<CoverageGmina> rows = new ArrayList<>();
        for (Unit gmina : gminas) {
            String powiat = gmina.powiatTeryt();
            rows.add(new CoverageGmina(gmina.teryt(), gmina.name(), powiat, powiatNames.getOrDefault(powiat, powiat),
                    eventsByGmina.getOrDefault(gmina.teryt(), 0L), others.getOrDefault(gmina.teryt(), 0L)));
        }
        rows.sort(Comparator.comparingLong(CoverageGmina::total).thenComparing(CoverageGmina::powiatName, POLISH)
                .thenComparing(CoverageGmina::name, POLISH).thenComparing(CoverageGmina::teryt));
        long without = rows.stream().filter(g -> !g.covered()).count();
        return new CoverageReport(from, to, List.copyOf(rows), without, rows.size());
    }

    /** Powiats in the order of their names, each with its gminas by name. */
    public List<PowiatCoverage> byPowiat() {
        Map<String, List<CoverageGmina>> grouped = new LinkedHashMap<>();
        gminas.stream().sorted(Comparator.comparing(CoverageGmina::powiatName, POLISH)
                        .thenComparing(CoverageGmina::name, POLISH))
                .forEach(g -> grouped.computeIfAbsent(g.powiatTeryt(), key -> new ArrayList<>()).add(g));
        return grouped.entrySet().stream().map(entry -> new PowiatCoverage(entry.getKey(),
                entry.getValue().get(0).powiatName(), entry.getValue(),
                entry.getValue().stream().filter(g -> !g.covered()).count())).toList();
    }
}
