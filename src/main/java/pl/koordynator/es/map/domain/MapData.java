package pl.koordynator.es.map.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.map.AreaTotal;
import pl.koordynator.es.map.IndicatorLayer;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.UnitValue;
import pl.koordynator.es.needs.ReportedNeeds;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorDefinition;
import pl.koordynator.es.statistics.Statistics;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * Indicator values per unit. Gmina values are today's register counts and reported needs (live
 * indicators in the current year) or imported statistics. A powiat, subregion or the region takes
 * its own imported value when there is one, otherwise its gminas' values added up by the
 * indicator's aggregation: a sum, or a mean weighted by population (for PES per 10,000
 * inhabitants, the same as the sum of PES over the sum of inhabitants). A total is left empty
 * rather than computed from some of its gminas.
 */
@Service
public class MapData {

    static final int FIRST_YEAR = 1990;

    private final MapIndicators catalogue;
    private final ResourceAggregates resources;
    private final Statistics statistics;
    private final ReportedNeeds needs;
    private final Territory territory;

    MapData(MapIndicators catalogue, ResourceAggregates resources, Statistics statistics, ReportedNeeds needs,
            Territory territory) {
        this.catalogue = catalogue;
        this.resources = resources;
        this.statistics = statistics;
        this.needs = needs;
        this.territory = territory;
    }

    /** The indicator by code, or a problem naming {@code indicator}. */
    public IndicatorDefinition indicator(String code) {
        return catalogue.find(code == null ? null : code.strip())
                .orElseThrow(() -> InvalidInputException.of("indicator", "map.indicator.unknown"));
    }

    /** The year asked for, or the indicator's default; a problem naming {@code year} outside 1990–this year. */
    public int year(IndicatorDefinition indicator, Integer year) {
        if (year == null) {
            return catalogue.defaultYear(indicator);
        }
        if (year < FIRST_YEAR || year > catalogue.currentYear()) {
            throw InvalidInputException.of("year", "map.year.range");
        }
        return year;
    }

    @Transactional(readOnly = true)
    public IndicatorLayer layer(MapLevel level, String code, Integer requestedYear) {
        IndicatorDefinition indicator = indicator(code);
        int year = year(indicator, requestedYear);
        List<Unit> gminas = territory.units(Level.GMINA, null);
        Values values = values(indicator, year, gminas);
        List<Unit> units = level == MapLevel.GMINA ? gminas : territory.units(level.territoryLevel(), null);
        Map<String, BigDecimal> byUnit = new LinkedHashMap<>();
        if (level == MapLevel.GMINA) {
            units.forEach(unit -> byUnit.put(unit.teryt(), values.gminas().get(unit.teryt())));
        } else {
            Map<String, List<String>> gminasByPowiat = byPowiat(gminas);
            units.forEach(unit -> byUnit.put(unit.teryt(),
                    values.area(unit.teryt(), gminasByPowiat.getOrDefault(unit.teryt(), List.of()))));
        }
        Map<String, Integer> ranks = Ranks.of(byUnit);
        List<UnitValue> rows = units.stream()
                .map(unit -> new UnitValue(unit.teryt(), unit.name(), plain(byUnit.get(unit.teryt())),
                        ranks.get(unit.teryt())))
                .toList();
        return new IndicatorLayer(indicator, level, year, values.live(), values.populationYear(), rows);
    }

    /** The indicator for each subregion (by name) and, last, the whole region. */
    @Transactional(readOnly = true)
    public List<AreaTotal> totals(IndicatorDefinition indicator, int year, String regionName) {
        List<Unit> current = territory.units(Level.GMINA, null);
        Values values = values(indicator, year, current);
        Map<String, List<String>> gminasByPowiat = byPowiat(current);
        List<AreaTotal> totals = new ArrayList<>();
        for (Subregion subregion : territory.subregions()) {
            List<String> gminas = subregion.powiatTeryts().stream()
                    .flatMap(powiat -> gminasByPowiat.getOrDefault(powiat, List.of()).stream()).toList();
            totals.add(new AreaTotal(subregion.name(), plain(values.aggregate(gminas))));
        }
        List<String> all = gminasByPowiat.values().stream().flatMap(List::stream).toList();
        totals.add(new AreaTotal(regionName, plain(values.area(territory.regionTeryt(), all))));
        return totals;
    }

    /** The unit's value of every indicator in every year with data, years ascending. */
    @Transactional(readOnly = true)
    public Map<IndicatorDefinition, TreeMap<Integer, UnitValue>> history(MapLevel level, String teryt) {
        Map<IndicatorDefinition, TreeMap<Integer, UnitValue>> history = new LinkedHashMap<>();
        for (IndicatorDefinition indicator : catalogue.all()) {
            TreeMap<Integer, UnitValue> byYear = new TreeMap<>();
            for (int year : catalogue.years(indicator)) {
                layer(level, indicator.code(), year).units().stream().filter(u -> u.teryt().equals(teryt))
                        .findFirst().ifPresent(u -> byYear.put(year, u));
            }
            history.put(indicator, byYear);
        }
        return history;
    }

    private static Map<String, List<String>> byPowiat(List<Unit> gminas) {
        Map<String, List<String>> byPowiat = new TreeMap<>();
        gminas.forEach(g -> byPowiat.computeIfAbsent(g.powiatTeryt(), p -> new ArrayList<>()).add(g.teryt()));
        return byPowiat;
    }

    private Values values(IndicatorDefinition indicator, int year, List<Unit> current) {
        var source = catalogue.source(indicator.code());
        if (source.isPresent()) {
            // computed by another module for any year: nothing imported, gminas without a value have 0
            Map<String, BigDecimal> computed = source.get().valuesByGmina(indicator.code(), year);
            Map<String, BigDecimal> gminas = new HashMap<>();
            current.forEach(g -> gminas.put(g.teryt(), computed.getOrDefault(g.teryt(), BigDecimal.ZERO)));
            // a ratio the source computes for powiats and the region itself comes in as their own values
            return new Values(indicator, true, gminas, source.get().valuesOfAreas(indicator.code(), year), null,
                    new Population(null, Map.of()), null);
        }
        boolean live = indicator.live() && year == catalogue.currentYear();
        boolean perInhabitant = live && indicator.code().equals(LiveIndicators.PES_PER_10K);
        // population figures are read only for rates; a count needs none
        Population population = perInhabitant || indicator.aggregation() == Aggregation.POPULATION_WEIGHTED_MEAN
                ? population(year) : new Population(null, Map.of());
        Map<String, BigDecimal> imported = live ? Map.of() : statistics.values(indicator.code(), year);
        Map<String, BigDecimal> gminas = new HashMap<>();
        Map<String, BigDecimal> pesCounts = null;
        if (live && LiveIndicators.fromRegister(indicator.code())) {
            Map<String, BigDecimal> counts = resources.values(indicator.code());
            current.forEach(g -> gminas.put(g.teryt(), counts.getOrDefault(g.teryt(), BigDecimal.ZERO)));
        } else if (live && indicator.code().equals(LiveIndicators.NEEDS_REPORTED)) {
            Map<String, Long> counts = needs.publishedCountByGmina();
            current.forEach(g -> gminas.put(g.teryt(), BigDecimal.valueOf(counts.getOrDefault(g.teryt(), 0L))));
        } else if (perInhabitant) {
            pesCounts = new HashMap<>(resources.values(LiveIndicators.PES_ACTIVE));
            for (Unit g : current) {
                pesCounts.putIfAbsent(g.teryt(), BigDecimal.ZERO);
                gminas.put(g.teryt(), perTenThousand(pesCounts.get(g.teryt()), population.values().get(g.teryt())));
            }
        } else {
            imported.forEach((teryt, value) -> {
                if (teryt.length() == 7) {
                    gminas.put(teryt, value);
                }
            });
        }
        boolean usesPopulation = pesCounts != null || indicator.aggregation() == Aggregation.POPULATION_WEIGHTED_MEAN;
        return new Values(indicator, live, gminas, imported, pesCounts, population,
                usesPopulation ? population.year() : null);
    }

    /** Population by gmina in the year, or in the latest earlier year with figures. */
    Population population(int year) {
        Integer used = null;
        for (int candidate : statistics.years(LiveIndicators.POPULATION)) {
            if (candidate <= year) {
                used = candidate;
            }
        }
        return used == null ? new Population(null, Map.of())
                : new Population(used, statistics.values(LiveIndicators.POPULATION, used));
    }

    /** 12.50 as 12.5 and 3.00 as 3, never 1E+1. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal perTenThousand(BigDecimal count, BigDecimal population) {
        if (count == null || population == null || population.signum() <= 0) {
            return null;
        }
        return count.multiply(BigDecimal.valueOf(10_000)).divide(population, 2, RoundingMode.HALF_UP);
    }

    record Population(Integer year, Map<String, BigDecimal> values) {
    }

    /** One indicator-year's gmina values and how they add up. */
    record Values(IndicatorDefinition indicator, boolean live, Map<String, BigDecimal> gminas,
            Map<String, BigDecimal> imported, Map<String, BigDecimal> pesCounts, Population population,
            Integer populationYear) {

        /**
         * A powiat's or the region's value: its own one (imported, or computed by the indicator's source),
         * else its gminas'. A live register count has no own values, so it always adds up its gminas.
         */
        BigDecimal area(String teryt, Collection<String> gminasOfArea) {
            if (imported.containsKey(teryt)) {
                return imported.get(teryt);
            }
            return aggregate(gminasOfArea);
        }

        BigDecimal aggregate(Collection<String> gminasOfArea) {
            if (gminasOfArea.isEmpty()) {
                return null;
            }
            if (pesCounts != null) {
                BigDecimal pes = sum(gminasOfArea, pesCounts);
                BigDecimal people = sum(gminasOfArea, population.values());
                return perTenThousand(pes, people);
            }
            if (indicator.aggregation() == Aggregation.SUM) {
                return sum(gminasOfArea, gminas);
            }
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal people = BigDecimal.ZERO;
            for (String gmina : gminasOfArea) {
                BigDecimal value = gminas.get(gmina);
                BigDecimal weight = population.values().get(gmina);
                if (value == null || weight == null) {
                    return null;
                }
                weighted = weighted.add(value.multiply(weight));
                people = people.add(weight);
            }
            return people.signum() == 0 ? null : weighted.divide(people, 2, RoundingMode.HALF_UP);
        }

        private static BigDecimal sum(Collection<String> keys, Map<String, BigDecimal> values) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String key : keys) {
                BigDecimal value = values.get(key);
                if (value == null) {
                    return null;
                }
                sum = sum.add(value);
            }
            return sum;
        }
    }
}
