package pl.koordynator.es.localplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the local plans count for the programme: JST with a plan in force, plans in preparation, the top 20 covered. */
class LocalPlanCoverageMeasuresTest extends IntegrationTest {

    @Autowired
    List<ProgrammeMeasures> beans;

    @Autowired
    Territory territory;

    @Autowired
    MapFigures map;

    ProgrammeMeasures measures;
    LocalPlanCoverageFixtures plans;
    LocalDate today;

    @BeforeEach
    void enter() {
        measures = beans.stream().filter(b -> b.measures().stream().anyMatch(m -> m.code().startsWith("localplans.")))
                .findFirst().orElseThrow();
        plans = new LocalPlanCoverageFixtures(jdbc);
        today = RegionDate.today();
    }

    private void plan(Unit unit, LocalPlanStatus status, LocalDate start, LocalDate end) {
        plans.plan(unit.teryt(), unit.name(), status, start, end);
    }

    @Test
    void theModuleOffersItsThreeStocks() {
        assertThat(measures.measures()).extracting(Measure::code).containsExactly("localplans.jst-adopted",
                "localplans.in-preparation", "localplans.top20-covered-share");
        assertThat(measures.measures()).allMatch(m -> m.kind() == Measure.Kind.STOCK);
        assertThatThrownBy(() -> measures.compute("localplans.nothing", today, today))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jstWithAPlanInForceOnTheDayCountByPowiat() {
        Unit powiat = territory.units(Level.POWIAT, null).get(0);
        List<Unit> gminas = territory.units(Level.GMINA, powiat.teryt());
        Unit otherPowiat = territory.units(Level.POWIAT, null).get(1);
        plan(powiat, LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(1));
        plan(gminas.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(1));
        // expired since, yet in force two years ago
        plan(gminas.get(1), LocalPlanStatus.EXPIRED, today.minusYears(5), today.minusYears(1));
        plan(gminas.get(2), LocalPlanStatus.IN_PREPARATION, null, null);
        plan(otherPowiat, LocalPlanStatus.IN_CONSULTATION, null, null);

        MeasureValue now = measures.compute("localplans.jst-adopted", today.minusYears(1), today);
        assertThat(now.value()).isEqualByComparingTo("2");
        assertThat(now.byPowiat()).containsOnlyKeys(powiat.teryt());
        assertThat(now.byPowiat().get(powiat.teryt())).isEqualByComparingTo("2");

        MeasureValue twoYearsAgo = measures.compute("localplans.jst-adopted", today.minusYears(3), today.minusYears(2));
        assertThat(twoYearsAgo.value()).isEqualByComparingTo("1");

        MeasureValue inPreparation = measures.compute("localplans.in-preparation", today, today);
        assertThat(inPreparation.value()).isEqualByComparingTo("2");
        assertThat(inPreparation.byPowiat()).containsOnlyKeys(powiat.teryt(), otherPowiat.teryt());
    }

    @Test
    void theShareOfTheTop20IsOfThoseWithTheirOwnPlanInForce() {
        List<PriorityRanking.Score> top = map.priority(MapLevel.GMINA, Locale.forLanguageTag("pl")).scores().stream()
                .sorted(Comparator.comparingInt(PriorityRanking.Score::rank)).limit(20).toList();
        assertThat(top).hasSize(20);
        assertThat(measures.compute("localplans.top20-covered-share", today, today).value()).isEqualByComparingTo("0");

        plan(territory.gmina(top.get(0).teryt()).orElseThrow(), LocalPlanStatus.ADOPTED, today.minusYears(1),
                today.plusYears(1));
        plan(territory.gmina(top.get(1).teryt()).orElseThrow(), LocalPlanStatus.ADOPTED, today.minusYears(1),
                today.plusYears(1));
        plan(territory.gmina(top.get(2).teryt()).orElseThrow(), LocalPlanStatus.IN_CONSULTATION, null, null);

        BigDecimal share = measures.compute("localplans.top20-covered-share", today, today).value();
        assertThat(share).isEqualByComparingTo("10");
    }
}
