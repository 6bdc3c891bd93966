package pl.koordynator.es.statistics.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo statistics of every Pomorskie gmina of the region pack: plausible, consistent, always the same. */
class StatisticsDemoDataTest {

    static List<Unit> gminas() throws IOException {
        try (InputStream in = StatisticsDemoDataTest.class.getResourceAsStream("/regions/22/pomorskie-teryt.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")).filter(cells -> cells[0].equals("gmina"))
                    .map(cells -> new Unit(cells[1], cells[2], Level.GMINA, type(cells[3]), cells[4], false)).toList();
        }
    }

    static GminaType type(String code) {
        return switch (code) {
            case "miejska" -> GminaType.URBAN;
            case "wiejska" -> GminaType.RURAL;
            default -> GminaType.URBAN_RURAL;
        };
    }

    static Map<String, BigDecimal> byKey(List<ParsedImport.Value> values) {
        return values.stream().collect(Collectors.toMap(v -> v.code() + " " + v.year() + " " + v.teryt(),
                ParsedImport.Value::value));
    }

    @Test
    void everyGminaGetsFourIndicatorsForThreeYearsWithinPlausibleRanges() throws IOException {
        List<Unit> gminas = gminas();
        Map<String, BigDecimal> values = byKey(StatisticsDemoData.generate(gminas, 2023));

        assertThat(gminas).hasSize(123);
        assertThat(values).hasSize(123 * 3 * 4);
        for (Unit gmina : gminas) {
            for (int year = 2023; year <= 2025; year++) {
                String suffix = " " + year + " " + gmina.teryt();
                long population = values.get("POPULATION" + suffix).longValueExact();
                long unemployed = values.get("UNEMPLOYED" + suffix).longValueExact();
                double per100 = values.get("UNEMPLOYED_PER_100" + suffix).doubleValue();
                double assistance = values.get("SOCIAL_ASSISTANCE_PER_1000" + suffix).doubleValue();
                if (gmina.type() == GminaType.RURAL) {
                    assertThat(population).as(gmina.name()).isBetween(4_800L, 20_500L);
                }
                assertThat(per100).as(gmina.name()).isBetween(1.0, 12.0)
                        .isCloseTo(unemployed * 100.0 / (0.6 * population), org.assertj.core.data.Offset.offset(0.05));
                assertThat(assistance).as(gmina.name()).isBetween(20.0, 120.0);
            }
        }
        // gminas of a kind differ from each other, as real ones do
        List<Long> rural = gminas.stream().filter(g -> g.type() == GminaType.RURAL)
                .map(g -> values.get("POPULATION 2024 " + g.teryt()).longValueExact()).toList();
        assertThat(rural.stream().mapToLong(n -> n).min().orElseThrow()).isLessThan(7_000L);
        assertThat(rural.stream().mapToLong(n -> n).max().orElseThrow()).isGreaterThan(17_000L);
        assertThat(rural.stream().filter(n -> n >= 9_000 && n < 15_000).count()).isGreaterThan(20);
        assertThat(values.get("POPULATION 2024 2261011").longValueExact()).isBetween(460_000L, 500_000L);
        assertThat(values.get("POPULATION 2024 2262011").longValueExact()).isGreaterThan(200_000L);
    }

    @Test
    void theTrendIsGentleAndTheNumbersAreTheSameOnEveryStart() throws IOException {
        List<Unit> gminas = gminas();
        Map<String, BigDecimal> first = byKey(StatisticsDemoData.generate(gminas, 2023));

        assertThat(byKey(StatisticsDemoData.generate(gminas, 2023))).isEqualTo(first);
        for (Unit gmina : gminas) {
            double before = first.get("POPULATION 2023 " + gmina.teryt()).doubleValue();
            double after = first.get("POPULATION 2025 " + gmina.teryt()).doubleValue();
            assertThat(after / before).as(gmina.name()).isBetween(0.97, 1.04);
            assertThat(first.get("UNEMPLOYED_PER_100 2025 " + gmina.teryt()))
                    .isLessThanOrEqualTo(first.get("UNEMPLOYED_PER_100 2023 " + gmina.teryt()));
        }
    }
}
