package pl.koordynator.es.localplans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.localplans.LocalPlanCoverageView.ExpiringPlan;
import pl.koordynator.es.localplans.LocalPlanCoverageView.PriorityGmina;
import pl.koordynator.es.localplans.LocalPlanCoverageView.UnitCoverage;
import pl.koordynator.es.map.MapFigures;
import pl.koordynator.es.map.MapLevel;
import pl.koordynator.es.map.PriorityRanking;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.localplans.CoverageStatus.ADOPTED;
import static pl.koordynator.es.localplans.CoverageStatus.EXPIRED;
import static pl.koordynator.es.localplans.CoverageStatus.IN_CONSULTATION;
import static pl.koordynator.es.localplans.CoverageStatus.IN_PREPARATION;
import static pl.koordynator.es.localplans.CoverageStatus.NONE;
import static pl.koordynator.es.localplans.CoverageStatus.REPLACED;

/**
 * The check: the coverage's counts per status equal the plans created (a unit with a replaced
 * and a new plan counts once, by its active plan), the plans expiring within a year, the priority index's
 * top gminas without an active plan.
 */
class LocalPlanCoverageTest extends IntegrationTest {

    @Autowired
    LocalPlanCoverage coverage;

    @Autowired
    Territory territory;

    @Autowired
    MapFigures map;

    LocalPlanCoverageFixtures plans;
    LocalDate today;
    List<PriorityRanking.Score> top;
    List<Unit> gminas;
    List<Unit> powiats;

    @BeforeEach
    void enter() {
        plans = new LocalPlanCoverageFixtures(jdbc);
        today = RegionDate.today();
        top = map.priority(MapLevel.GMINA, Locale.forLanguageTag("pl")).scores().stream()
                .sorted(Comparator.comparingInt(PriorityRanking.Score::rank)).limit(20).toList();
        Set<String> topTeryt = top.stream().map(PriorityRanking.Score::teryt).collect(Collectors.toSet());
        // the gminas of the counting scenario lie outside the priority top, whose own plans are set apart
        gminas = territory.units(Level.GMINA, null).stream().filter(g -> !topTeryt.contains(g.teryt())).toList();
        powiats = territory.units(Level.POWIAT, null);
        users.signIn(users.create("coverage-reader-" + System.nanoTime(), Role.COMMITTEE));
    }

    @AfterEach
    void leave() {
        users.signOut();
    }

    private long plan(Unit unit, LocalPlanStatus status, LocalDate start, LocalDate end) {
        return plans.plan(unit.teryt(), unit.name(), status, start, end);
    }

    @Test
    void countsPerStatusAreThePlansCreatedEachUnitOnceByItsActivePlan() {
        LocalPlanCoverageView before = coverage.coverage();
        long allGminas = territory.units(Level.GMINA, null).size();
        assertThat(before.gminas()).isEqualTo(allGminas).isGreaterThan(10);
        assertThat(before.powiats()).isEqualTo(powiats.size());
        assertThat(before.count(NONE).gminas()).isEqualTo(allGminas);
        assertThat(before.count(NONE).powiats()).isEqualTo(powiats.size());

        plan(gminas.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(3));
        plan(gminas.get(1), LocalPlanStatus.ADOPTED, today.minusYears(2), today.plusDays(100));
        plan(gminas.get(2), LocalPlanStatus.IN_PREPARATION, null, null);
        plan(gminas.get(3), LocalPlanStatus.IN_CONSULTATION, null, null);
        plan(gminas.get(4), LocalPlanStatus.EXPIRED, today.minusYears(5), today.minusYears(1));
        // gmina 5: its adopted plan was replaced by a new one in preparation; it counts once, as in preparation
        long old = plan(gminas.get(5), LocalPlanStatus.ADOPTED, today.minusYears(4), today.plusYears(1).plusDays(10));
        jdbc.sql("update localplans_plan set status = 'REPLACED' where id = :id").param("id", old).update();
        long replacement = plan(gminas.get(5), LocalPlanStatus.IN_PREPARATION, null, null);
        plans.replace(old, replacement);
        // gmina 6: only a replaced plan is known (its replacement lies outside the region's records)
        plan(gminas.get(6), LocalPlanStatus.REPLACED, null, null);
        // gmina 7: an expired plan and a newer adopted one running beyond a year
        plan(gminas.get(7), LocalPlanStatus.EXPIRED, today.minusYears(6), today.minusYears(2));
        plan(gminas.get(7), LocalPlanStatus.ADOPTED, today.minusYears(2), today.plusDays(400));
        // gmina 8 ends exactly a year from today (still within the year); gmina 9's period ended yesterday
        plan(gminas.get(8), LocalPlanStatus.ADOPTED, today.minusYears(3), today.plusYears(1));
        plan(gminas.get(9), LocalPlanStatus.ADOPTED, today.minusYears(3), today.minusDays(1));
        // powiat plans are the powiats' own and leave their gminas' counts alone
        plan(powiats.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusDays(30));
        plan(powiats.get(1), LocalPlanStatus.IN_PREPARATION, null, null);

        LocalPlanCoverageView after = coverage.coverage();

        assertThat(after.count(ADOPTED).gminas()).isEqualTo(5);
        assertThat(after.count(IN_PREPARATION).gminas()).isEqualTo(2);
        assertThat(after.count(IN_CONSULTATION).gminas()).isEqualTo(1);
        assertThat(after.count(EXPIRED).gminas()).isEqualTo(1);
        assertThat(after.count(REPLACED).gminas()).isEqualTo(1);
        assertThat(after.count(NONE).gminas()).isEqualTo(allGminas - 10);
        assertThat(after.count(ADOPTED).powiats()).isEqualTo(1);
        assertThat(after.count(IN_PREPARATION).powiats()).isEqualTo(1);
        assertThat(after.count(NONE).powiats()).isEqualTo(powiats.size() - 2);
        assertThat(after.counts()).hasSize(CoverageStatus.values().length);
        assertThat(after.counts().stream().mapToLong(c -> c.gminas()).sum()).isEqualTo(allGminas);
        assertThat(after.counts().stream().mapToLong(c -> c.powiats()).sum()).isEqualTo(powiats.size());
        // the counts are those of the units' list
        Map<CoverageStatus, Long> listed = after.units().stream().filter(u -> u.level() == PlanLevel.GMINA)
                .collect(Collectors.groupingBy(UnitCoverage::status, Collectors.counting()));
        for (CoverageStatus status : CoverageStatus.values()) {
            assertThat(listed.getOrDefault(status, 0L)).as(status.name()).isEqualTo(after.count(status).gminas());
        }
        UnitCoverage replaced = unit(after, gminas.get(5));
        assertThat(replaced.status()).isEqualTo(IN_PREPARATION);
        assertThat(replaced.planId()).isEqualTo(replacement);
        assertThat(after.units().stream().filter(u -> u.teryt().equals(gminas.get(5).teryt()))).hasSize(1);
        assertThat(unit(after, gminas.get(7)).periodEnd()).isEqualTo(today.plusDays(400));
    }

    @Test
    void expiringPlansAreTheAdoptedOnesEndingWithinAYearSoonestFirst() {
        long powiatPlan = plan(powiats.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusDays(30));
        long soon = plan(gminas.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusDays(100));
        long lastDay = plan(gminas.get(1), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(1));
        plan(gminas.get(2), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(1).plusDays(1));
        plan(gminas.get(3), LocalPlanStatus.ADOPTED, today.minusYears(3), today.minusDays(1));
        plan(gminas.get(4), LocalPlanStatus.EXPIRED, today.minusYears(3), today.plusDays(10));

        List<ExpiringPlan> expiring = coverage.coverage().expiring();

        assertThat(expiring).extracting(ExpiringPlan::planId).containsExactly(powiatPlan, soon, lastDay);
        assertThat(expiring.get(0).level()).isEqualTo(PlanLevel.POWIAT);
        assertThat(expiring.get(1).daysLeft()).isEqualTo(100);
        assertThat(expiring.get(1).unitName()).isEqualTo(gminas.get(0).name());
    }

    @Test
    void priorityGminasWithoutAnActivePlanAreTheTopOfTheIndexLessThoseWithAPlan() {
        assertThat(top).hasSizeGreaterThanOrEqualTo(3);
        plan(unitOf(top.get(0)), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusYears(2));
        plan(unitOf(top.get(1)), LocalPlanStatus.IN_CONSULTATION, null, null);
        plan(unitOf(top.get(2)), LocalPlanStatus.EXPIRED, today.minusYears(5), today.minusYears(1));

        List<PriorityGmina> without = coverage.coverage().priorityWithoutPlan();

        assertThat(without).extracting(PriorityGmina::teryt).containsExactlyElementsOf(
                top.stream().skip(2).map(PriorityRanking.Score::teryt).toList());
        assertThat(without.get(0).status()).isEqualTo(EXPIRED);
        assertThat(without.get(0).rank()).isEqualTo(top.get(2).rank());
        assertThat(without.stream().skip(1)).allMatch(g -> g.status() == NONE);
    }

    @Test
    void unitsFilterByPowiatAndStatusWhileTheCountsStayWhole() {
        Unit powiat = powiats.get(0);
        Unit gminaOfPowiat = territory.units(Level.GMINA, powiat.teryt()).get(0);
        plan(gminaOfPowiat, LocalPlanStatus.IN_PREPARATION, null, null);

        LocalPlanCoverageView ofPowiat = coverage.coverage(powiat.teryt(), null);
        assertThat(ofPowiat.units()).isNotEmpty().allMatch(u -> u.powiatTeryt().equals(powiat.teryt()));
        assertThat(ofPowiat.units().get(0).teryt()).isEqualTo(powiat.teryt());
        assertThat(ofPowiat.count(NONE).gminas() + ofPowiat.count(IN_PREPARATION).gminas())
                .isEqualTo(ofPowiat.gminas());

        LocalPlanCoverageView inPreparation = coverage.coverage(powiat.teryt(), IN_PREPARATION);
        assertThat(inPreparation.units()).extracting(UnitCoverage::teryt).containsExactly(gminaOfPowiat.teryt());

        assertThatThrownBy(() -> coverage.coverage("9999", null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field())
                        .containsExactly("powiatTeryt"));
    }

    @Test
    void aVisitorReadsTheStatusesButNotThePlansTitlesOrLinks() {
        long id = plan(gminas.get(0), LocalPlanStatus.ADOPTED, today.minusYears(1), today.plusDays(50));
        assertThat(unit(coverage.coverage(), gminas.get(0)).planId()).isEqualTo(id);

        users.signOut();
        LocalPlanCoverageView visitor = coverage.coverage();

        UnitCoverage unit = unit(visitor, gminas.get(0));
        assertThat(unit.status()).isEqualTo(ADOPTED);
        assertThat(unit.planId()).isNull();
        assertThat(unit.planTitle()).isNull();
        assertThat(visitor.expiring()).singleElement().satisfies(e -> {
            assertThat(e.planId()).isNull();
            assertThat(e.title()).isNull();
            assertThat(e.unitName()).isEqualTo(gminas.get(0).name());
        });
    }

    private Unit unitOf(PriorityRanking.Score score) {
        return territory.gmina(score.teryt()).orElseThrow();
    }

    private static UnitCoverage unit(LocalPlanCoverageView view, Unit unit) {
        return view.units().stream().filter(u -> u.teryt().equals(unit.teryt())).findFirst().orElseThrow();
    }
}
