package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.localplans.LocalPlansFixtures.GDANSK;
import static pl.koordynator.es.localplans.LocalPlansFixtures.KARTUZY_POWIAT;
import static pl.koordynator.es.localplans.LocalPlansFixtures.OUTSIDE;
import static pl.koordynator.es.localplans.LocalPlansFixtures.adopted;
import static pl.koordynator.es.localplans.LocalPlansFixtures.input;
import static pl.koordynator.es.localplans.LocalPlansFixtures.pdf;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withPeriod;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withRows;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withStatus;
import static pl.koordynator.es.localplans.LocalPlansFixtures.withTitle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;

/** Each rule of a plan refuses a bad value naming its field, and nothing is written. */
class LocalPlanValidationTest extends IntegrationTest {

    @Autowired
    LocalPlansFixtures fixtures;

    @Autowired
    LocalPlans plans;

    private OrganisationView jst;
    private OrganisationView owes;
    private UserView admin;

    @BeforeEach
    void parties() {
        jst = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        owes = fixtures.owes("OWES Pomorze", GDANSK);
        admin = fixtures.admin();
    }

    private LocalPlanInput base() {
        return input(GDANSK, jst.id(), owes.id());
    }

    private void refused(LocalPlanInput input, String... fields) {
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.create(input)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).contains(fields));
        assertThat(jdbc.sql("select count(*) from localplans_plan").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from localplans_goal").query(Long.class).single()).isZero();
    }

    private static LocalPlanInput withUnit(LocalPlanInput in, String unit) {
        return new LocalPlanInput(unit, in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(),
                in.goals(), in.actions(), in.indicators());
    }

    private static LocalPlanInput withParties(LocalPlanInput in, Long jstId, Long responsibleId, Long owesId) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), in.resolutionUrl(), in.strategyTitle(), in.strategyUrl(),
                jstId, responsibleId, owesId, in.consultationDeadline(), in.replacesId(), in.goals(), in.actions(),
                in.indicators());
    }

    private static LocalPlanInput withUrls(LocalPlanInput in, String resolutionUrl, String strategyUrl) {
        return new LocalPlanInput(in.unitTeryt(), in.title(), in.status(), in.periodStart(), in.periodEnd(),
                in.resolutionNumber(), in.resolutionDate(), resolutionUrl, in.strategyTitle(), strategyUrl,
                in.jstId(), in.responsibleUnitId(), in.owesId(), in.consultationDeadline(), in.replacesId(),
                in.goals(), in.actions(), in.indicators());
    }

    private static LocalPlanInput.Indicator indicator(int number, IndicatorSource source, String code) {
        return new LocalPlanInput.Indicator(number, 1, "Wskaźnik", "szt.", null, BigDecimal.ONE, 2024,
                BigDecimal.TEN, 2030, source, code);
    }

    @Test
    void theUnitMustBeACurrentGminaOrPowiatOfTheRegion() {
        refused(withUnit(base(), OUTSIDE), "unitTeryt");
        refused(withUnit(base(), "1465"), "unitTeryt");
        refused(withUnit(base(), "22"), "unitTeryt");
        refused(withUnit(base(), "2261999"), "unitTeryt");
        refused(withUnit(base(), null), "unitTeryt");
    }

    @Test
    void aTitleIsRequiredAndShort() {
        refused(withTitle(base(), " "), "title");
        refused(withTitle(base(), "x".repeat(501)), "title");
    }

    @Test
    void anAdoptedPlanNeedsItsResolutionAndPeriod() {
        refused(adopted(base(), null), "resolutionNumber");
        LocalPlanInput noPeriod = withPeriod(adopted(base(), "XII/1/2024"), null, null);
        refused(noPeriod, "periodStart", "periodEnd");
        LocalPlanInput noDate = new LocalPlanInput(GDANSK, "Plan", LocalPlanStatus.ADOPTED, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31), "XII/1/2024", null, null, null, null, jst.id(), null, owes.id(), null,
                null, List.of(), List.of(), List.of());
        refused(noDate, "resolutionDate");
    }

    @Test
    void aPeriodMayNotEndBeforeItStartsInAnyStatus() {
        refused(withPeriod(base(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31)), "periodEnd");
        refused(withPeriod(adopted(base(), "XII/1/2024"), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31)),
                "periodEnd");
    }

    @Test
    void aConsultationNeedsADeadlineAndReplacedIsNotChosen() {
        refused(withStatus(base(), LocalPlanStatus.IN_CONSULTATION), "consultationDeadline");
        refused(withStatus(base(), LocalPlanStatus.REPLACED), "status");
    }

    @Test
    void linksAreWebAddresses() {
        refused(withUrls(base(), "javascript:alert(1)", "ftp://example.org/strategia.pdf"), "resolutionUrl",
                "strategyUrl");
    }

    @Test
    void theJstTheOwesAndTheResponsibleUnitAreOrganisationsOfTheirKinds() {
        refused(withParties(base(), owes.id(), null, owes.id()), "jstId");
        refused(withParties(base(), jst.id(), null, jst.id()), "owesId");
        refused(withParties(base(), jst.id(), 999999L, owes.id()), "responsibleUnitId");
    }

    @Test
    void goalsAreNumberedOneToN() {
        refused(withRows(base(), List.of(new LocalPlanInput.Goal(1, "A", null), new LocalPlanInput.Goal(1, "B", null)),
                List.of(), List.of()), "goals[1].number");
        refused(withRows(base(), List.of(new LocalPlanInput.Goal(2, "A", null)), List.of(), List.of()),
                "goals[0].number");
        refused(withRows(base(), List.of(new LocalPlanInput.Goal(1, " ", null)), List.of(), List.of()),
                "goals[0].title");
    }

    @Test
    void actionsReferToGoalsAndOrganisationsAndTheProgramme() {
        List<LocalPlanInput.Goal> goal = List.of(new LocalPlanInput.Goal(1, "Cel", null));
        LocalPlanInput.Action bad = new LocalPlanInput.Action(1, 7, "Działanie", null, List.of(999999L),
                List.of(jst.id(), 999998L), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                new BigDecimal("-1"), null, 999999L);
        LocalPlanInput.Action duplicate = new LocalPlanInput.Action(1, 1, "", null, List.of(), List.of(), null, null,
                null, null, null);
        refused(withRows(base(), goal, List.of(bad, duplicate), List.of()), "actions[0].goalNumber",
                "actions[0].responsibleIds[0]", "actions[0].partnerIds[1]", "actions[0].endDate", "actions[0].budget",
                "actions[0].programmeActionId", "actions[1].number", "actions[1].title");
    }

    @Test
    void indicatorsHaveTheirFiguresAndAValidSource() {
        List<LocalPlanInput.Goal> goal = List.of(new LocalPlanInput.Goal(1, "Cel", null));
        LocalPlanInput.Indicator empty = new LocalPlanInput.Indicator(1, 1, null, null, Direction.LOWER_IS_BETTER,
                null, 2031, null, null, null, null);
        LocalPlanInput.Indicator late = new LocalPlanInput.Indicator(2, 1, "W", "szt.", null, null, 2031,
                BigDecimal.TEN, 2030, IndicatorSource.ENTERED, null);
        refused(withRows(base(), goal, List.of(), List.of(empty, late)), "indicators[0].name", "indicators[0].unit",
                "indicators[0].target", "indicators[0].targetYear", "indicators[1].baselineYear");
        refused(withRows(base(), goal, List.of(), List.of(indicator(1, IndicatorSource.ENTERED, "PES_PER_10K"),
                indicator(2, IndicatorSource.MAP, "NO_SUCH_INDICATOR"), indicator(3, IndicatorSource.MEASURE,
                        "support.pes-supported"))), "indicators[0].sourceCode", "indicators[1].sourceCode",
                "indicators[2].sourceCode");
        // a measure is split by powiat: a powiat's plan takes only a territorial one
        LocalPlanInput powiat = withParties(withUnit(base(), KARTUZY_POWIAT), null, null, owes.id());
        refused(withRows(powiat, goal, List.of(), List.of(indicator(1, IndicatorSource.MEASURE, "no.such-measure"))),
                "indicators[0].sourceCode");
        LocalPlanView accepted = fixtures.plan(withRows(powiat, goal, List.of(),
                List.of(indicator(1, IndicatorSource.MEASURE, "support.pes-supported"))));
        assertThat(accepted.indicators().get(0).sourceCode()).isEqualTo("support.pes-supported");
        assertThat(accepted.indicators().get(0).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void allProblemsAreNamedAtOnce() {
        LocalPlanInput bad = new LocalPlanInput(OUTSIDE, "", LocalPlanStatus.ADOPTED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 1, 1), null, LocalDate.of(2024, 1, 1), null, null, null, null, null, null, null,
                null, List.of(), List.of(), List.of());
        refused(bad, "unitTeryt", "title", "resolutionNumber", "periodEnd");
    }

    @Test
    void anUpdateWithABadValueChangesNothing() {
        LocalPlanView plan = fixtures.plan(base());
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.update(plan.id(), plan.version(),
                withTitle(adopted(base(), null), "Zmieniony")))).isInstanceOf(InvalidInputException.class);
        LocalPlanView after = fixtures.as(admin, () -> plans.plan(plan.id()));
        assertThat(after.title()).isEqualTo(plan.title());
        assertThat(after.version()).isEqualTo(plan.version());
    }

    @Test
    void aDocumentIsATitledPdf() {
        LocalPlanView plan = fixtures.plan(base());
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.addDocument(plan.id(), "Uchwała", "u.pdf",
                "<html>".getBytes()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("file"));
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.addDocument(plan.id(), " ", "u.pdf", pdf())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("title"));
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf(), 0, huge, 0, pdf().length);
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.addDocument(plan.id(), "Duży", "d.pdf", huge)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from localplans_document").query(Long.class).single()).isZero();
    }
}
