package pl.koordynator.es.reintegration.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.reintegration.AggregateLevel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole year's cube of a region (20 powiats, 4 subregions, 62 measures, 5 periods) with a sparse year of
 * referrals, as the demo data and a small region have: suppressed with no hidden cell determined, and the
 * region's and the subregions' yearly totals of referrals and acceptances published.
 */
class AggregateCubeSuppressionTest {

    @Test
    void aSparseRegionalYearIsSuppressedQuicklyAndSafely() {
        for (int referrals : new int[] {150, 600}) {
            List<AggregateService.AreaOf> areas = new ArrayList<>();
            Map<String, Integer> powiatIndex = new HashMap<>();
            List<String> all = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                String teryt = String.valueOf(2201 + p);
                powiatIndex.put(teryt, areas.size());
                areas.add(new AggregateService.AreaOf(teryt, teryt, AggregateLevel.POWIAT, List.of(teryt)));
                all.add(teryt);
            }
            for (int s = 0; s < 4; s++) {
                areas.add(new AggregateService.AreaOf("s" + s, "s" + s, AggregateLevel.SUBREGION,
                        all.subList(s * 5, s * 5 + 5)));
            }
            areas.add(new AggregateService.AreaOf("22", "pomorskie", AggregateLevel.REGION, all));
            int cells = AggregateService.MEASURES * AggregateService.PERIODS * areas.size();
            AggregateService.Cube cube = new AggregateService.Cube(2025, areas, new long[cells], new boolean[cells],
                    new long[AggregateService.PERIODS][areas.size()]);
            Random random = new Random(referrals);
            long[] values = cube.values();
            for (int i = 0; i < referrals; i++) {
                int a = random.nextInt(20);
                int q = random.nextInt(4);
                int s = random.nextInt(AggregateService.SENDERS.size());
                int r = random.nextInt(AggregateService.RECEIVERS.size());
                List<Integer> measures = new ArrayList<>(List.of(AggregateService.REFERRALS, AggregateService.flow(s, r),
                        AggregateService.BY_SENDER + s, AggregateService.BY_RECEIVER + r));
                if (random.nextBoolean()) {
                    measures.add(AggregateService.ACCEPTED);
                    int outcome = random.nextInt(6);
                    measures.add(AggregateService.EXIT + outcome);
                    if (outcome < 3) {
                        measures.add(AggregateService.EMPLOYMENT);
                    }
                }
                for (int m : measures) {
                    values[cube.cell(m, q, a)]++;
                }
            }
            for (int m = 0; m < AggregateService.MEASURES; m++) {
                for (int q = 0; q < 4; q++) {
                    for (int a = 20; a < areas.size(); a++) {
                        for (String powiat : areas.get(a).powiats()) {
                            values[cube.cell(m, q, a)] += values[cube.cell(m, q, powiatIndex.get(powiat))];
                        }
                    }
                }
                for (int a = 0; a < areas.size(); a++) {
                    for (int q = 0; q < 4; q++) {
                        values[cube.cell(m, AggregateService.YEAR, a)] += values[cube.cell(m, q, a)];
                    }
                }
            }
            var relations = AggregateService.relations(cube, powiatIndex);
            long start = System.nanoTime();
            boolean[] suppressed = ReintegrationSuppression.suppress(values, relations, AggregateService.kept(cube));
            System.out.printf("cube of %d referrals suppressed in %d ms%n", referrals, (System.nanoTime() - start) / 1_000_000);
            assertThat(ReintegrationSuppression.determined(suppressed, relations)).isEmpty();
            // the region's and the subregions' yearly referrals and acceptances are figures, the details protect them
            for (int a = 20; a < areas.size(); a++) {
                for (int m : new int[] {AggregateService.REFERRALS, AggregateService.ACCEPTED}) {
                    int cell = cube.cell(m, AggregateService.YEAR, a);
                    assertThat(values[cell]).isGreaterThanOrEqualTo(5);
                    assertThat(suppressed[cell]).as(areas.get(a).code() + " measure " + m).isFalse();
                }
            }
        }
    }
}
