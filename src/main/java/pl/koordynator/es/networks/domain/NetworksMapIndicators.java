package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.statistics.Aggregation;
import pl.koordynator.es.statistics.IndicatorCategory;
import pl.koordynator.es.statistics.IndicatorDefinition;

/**
 * The map's indicators of cooperation, per gmina of the PES and year, counted as the measures are
 * (confirmed declared ties running on some day of the year): ties of PES with business, ties of PES
 * with science, and PES with at least one tie to business or science.
 */
@Component
class NetworksMapIndicators implements MapIndicatorSource {

    static final String TIES_PES_BUSINESS = "TIES_PES_BUSINESS";
    static final String TIES_PES_SCIENCE = "TIES_PES_SCIENCE";
    static final String PES_WITH_CROSS_SECTOR_TIE = "PES_WITH_CROSS_SECTOR_TIE";
    private static final String SOURCE = "Koordynator ES: powiązania potwierdzone przez obie strony";

    private static final List<IndicatorDefinition> INDICATORS = List.of(
            indicator(TIES_PES_BUSINESS, "Powiązania PES z biznesem", "Ties of PES with business", "powiązania",
                    "ties"),
            indicator(TIES_PES_SCIENCE, "Powiązania PES z nauką", "Ties of PES with science", "powiązania", "ties"),
            indicator(PES_WITH_CROSS_SECTOR_TIE, "PES powiązane z biznesem lub nauką",
                    "PES with a tie to business or science", "PES", "PES"));

    private final NetworkMeasures measures;
    private final JdbcClient jdbc;
    private final Clock clock;

    NetworksMapIndicators(NetworkMeasures measures, JdbcClient jdbc, Clock clock) {
        this.measures = measures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static IndicatorDefinition indicator(String code, String namePl, String nameEn, String unitPl,
            String unitEn) {
        return new IndicatorDefinition(code, namePl, nameEn, unitPl, unitEn, SOURCE, IndicatorCategory.RESOURCE,
                Aggregation.SUM, true, true);
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return INDICATORS;
    }

    @Override
    public List<String> changeTopics() {
        return List.of("networks");
    }

    /** From the year of the first confirmed tie to this year; this year alone while there is none. */
    @Override
    @Transactional(readOnly = true)
    public List<Integer> years(String code) {
        int current = LocalDate.now(clock).getYear();
        Integer first = jdbc.sql("select min(extract(year from starts_on))::int from tie where confirmed and not withdrawn")
                .query(Integer.class).optional().orElse(null);
        List<Integer> years = new ArrayList<>();
        for (int year = first == null ? current : Math.min(first, current); year <= current; year++) {
            years.add(year);
        }
        return years;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesByGmina(String code, int year) {
        SectorPair wanted = switch (code) {
            case TIES_PES_BUSINESS -> new SectorPair(Sector.PES, Sector.BUSINESS);
            case TIES_PES_SCIENCE -> new SectorPair(Sector.PES, Sector.SCIENCE);
            case PES_WITH_CROSS_SECTOR_TIE -> null;
            default -> throw new IllegalArgumentException("not a map indicator of the networks module: " + code);
        };
        Map<String, BigDecimal> values = new HashMap<>();
        Set<Long> counted = new HashSet<>();
        for (NetworkMeasures.Counted tie : measures.counted(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (wanted != null) {
                if (wanted.equals(tie.sectors())) {
                    tie.placedAt().stream().map(OrganisationView::gminaTeryt).filter(g -> g != null).distinct()
                            .forEach(g -> values.merge(g, BigDecimal.ONE, BigDecimal::add));
                }
            } else {
                for (OrganisationView pes : tie.pesWithCrossSectorPartner()) {
                    if (pes.gminaTeryt() != null && counted.add(pes.id())) {
                        values.merge(pes.gminaTeryt(), BigDecimal.ONE, BigDecimal::add);
                    }
                }
            }
        }
        return values;
    }
}
