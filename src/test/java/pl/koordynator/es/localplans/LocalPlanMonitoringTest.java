package pl.koordynator.es.localplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.localplans.LocalPlanMonitoringFixtures.thisYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.localplans.PlanMonitoring.IndicatorStatus;
import pl.koordynator.es.programme.Direction;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.programme.ProgressStatus;
import pl.koordynator.es.programme.TrajectoryCheck;
import pl.koordynator.es.programme.TrajectoryJudgement;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/**
 * The monitoring of a local plan: statuses exactly as the programme judges them, actual values equal to the
 * map's and the programme measures', values only for entered indicators, versioned yearly notes, and who may
 * write them.
 */
class LocalPlanMonitoringTest extends IntegrationTest {

    @Autowired
    LocalPlanMonitoringFixtures fixtures;

    @Autowired
    RegistryFixtures registry;

    @Autowired
    LocalPlanMonitoring monitoring;

    @Autowired
    Programmes programmes;

    @Autowired
    java.util.List<ProgrammeMeasures> measures;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void anEnteredIndicatorIsOnTrackAtRiskOrOffTrackExactlyAsTheProgrammeJudgesIt() {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        long indicator = fixtures.enteredIndicator(plan);
        users.signIn(fixtures.partner(jst));
        int year = thisYear();

        IndicatorStatus empty = monitoring.monitoring(plan, null).indicators().get(0);
        assertThat(empty.actualYear()).isEqualTo(year);
        assertThat(empty.status()).isEqualTo(ProgressStatus.NO_DATA);
        BigDecimal expected = empty.expected();
        // baseline 10 two years ago, target 30 in the plan's last year: more than the baseline expected by now
        assertThat(expected).isGreaterThan(BigDecimal.TEN);

        BigDecimal gap = expected.subtract(BigDecimal.TEN);
        BigDecimal onTrack = expected.setScale(2, RoundingMode.UP);
        BigDecimal atRisk = BigDecimal.TEN.add(gap.multiply(new BigDecimal("0.8"))).setScale(2, RoundingMode.HALF_UP);
        BigDecimal offTrack = BigDecimal.TEN.add(gap.multiply(new BigDecimal("0.5"))).setScale(2, RoundingMode.HALF_UP);
        for (var value : java.util.Map.of(onTrack, ProgressStatus.ON_TRACK, atRisk, ProgressStatus.AT_RISK, offTrack,
                ProgressStatus.OFF_TRACK).entrySet()) {
            IndicatorStatus entered = monitoring.enterValue(plan, indicator, year, value.getKey());
            TrajectoryJudgement programme = programmes.judge(new TrajectoryCheck(BigDecimal.TEN, year - 2, year - 1,
                    new BigDecimal("30"), year + 3, Direction.HIGHER_IS_BETTER, year, value.getKey()));
            assertThat(entered.status()).as("value %s", value.getKey()).isEqualTo(value.getValue())
                    .isEqualTo(programme.status());
            assertThat(entered.expected()).isEqualByComparingTo(programme.expected());
            assertThat(entered.progress()).isEqualTo(programme.progress());
            IndicatorStatus read = monitoring.monitoring(plan, year).indicators().get(0);
            assertThat(read.actual()).isEqualByComparingTo(value.getKey());
            assertThat(read.status()).isEqualTo(value.getValue());
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'LocalPlanIndicatorValue'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aMapIndicatorsActualValueIsTheMapsValueForTheGmina() throws Exception {
        int year = thisYear() - 1;
        jdbc.sql("insert into statistic_value (code, year, teryt, value) values ('UNEMPLOYED_PER_100', :year, :teryt, 4.2)")
                .param("year", year).param("teryt", LocalPlanMonitoringFixtures.GDANSK).update();
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, null, null);
        fixtures.indicator(plan, 1, "Bezrobotni na 100 osób w wieku produkcyjnym", Direction.LOWER_IS_BETTER, "6",
                year - 1, "3", thisYear() + 3, IndicatorSource.MAP, "UNEMPLOYED_PER_100");
        users.signIn(fixtures.admin());

        IndicatorStatus status = monitoring.monitoring(plan, year).indicators().get(0);

        String layer = mvc.perform(get("/api/v1/map/gmina").param("indicator", "UNEMPLOYED_PER_100")
                        .param("year", String.valueOf(year)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        BigDecimal mapValue = new BigDecimal(com.jayway.jsonpath.JsonPath.<java.util.List<Object>>read(layer,
                "$.features[?(@.properties.teryt == '" + LocalPlanMonitoringFixtures.GDANSK + "')].properties.value")
                .get(0).toString());
        assertThat(status.actual()).isEqualByComparingTo(mapValue).isEqualByComparingTo("4.2");
        assertThat(status.status()).isNotEqualTo(ProgressStatus.NO_DATA);
        // a year the map has no figure for is no data, not zero
        assertThat(monitoring.monitoring(plan, thisYear() + 1).indicators().get(0).status())
                .isEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void aMeasureIndicatorOfAPowiatPlanIsTheProgrammeMeasureForThePowiat() {
        LocalDate today = RegionDate.today();
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Kartuzy", "2205023"));
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Kartuzy Druga", "2205023"));
        registry.create(RegistryFixtures.pes("Spółdzielnia Socjalna Gdańsk", LocalPlanMonitoringFixtures.GDANSK));
        long plan = fixtures.plan(LocalPlanMonitoringFixtures.KARTUZY_POWIAT, "Powiat kartuski",
                LocalPlanMonitoringFixtures.KARTUZY_POWIAT, LocalPlanStatus.ADOPTED, thisYear(), thisYear() + 4,
                null, null);
        fixtures.indicator(plan, 1, "Nowe PES w powiecie", Direction.HIGHER_IS_BETTER, "0", thisYear() - 1, "10",
                thisYear() + 4, IndicatorSource.MEASURE, "registry.pes-new");
        users.signIn(fixtures.admin());

        IndicatorStatus status = monitoring.monitoring(plan, thisYear()).indicators().get(0);

        BigDecimal measure = measures.stream().filter(m -> m.measures().stream()
                        .anyMatch(x -> x.code().equals("registry.pes-new"))).findFirst().orElseThrow()
                .compute("registry.pes-new", LocalDate.of(thisYear(), 1, 1), today).byPowiat()
                .get(LocalPlanMonitoringFixtures.KARTUZY_POWIAT);
        assertThat(measure).isEqualByComparingTo("2");
        assertThat(status.actual()).isEqualByComparingTo(measure);
        assertThat(status.source()).isEqualTo(IndicatorSource.MEASURE);
        assertThat(status.status()).isNotEqualTo(ProgressStatus.NO_DATA);
    }

    @Test
    void valuesAreRefusedForIndicatorsThePlatformComputesAndOutsideThePlansYears() {
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, null, null);
        long mapIndicator = fixtures.indicator(plan, 1, "PES na 10 tys.", Direction.HIGHER_IS_BETTER, "5",
                thisYear() - 2, "8", thisYear() + 3, IndicatorSource.MAP, "PES_PER_10K");
        long entered = fixtures.indicator(plan, 2, "Miejsca reintegracji", Direction.HIGHER_IS_BETTER, "5",
                thisYear() - 2, "8", thisYear() + 3, IndicatorSource.ENTERED, null);
        users.signIn(fixtures.admin());

        assertThatThrownBy(() -> monitoring.enterValue(plan, mapIndicator, thisYear(), BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("indicatorId"));
        assertThatThrownBy(() -> monitoring.enterValue(plan, entered, thisYear() + 4, BigDecimal.ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("year"));
        assertThatThrownBy(() -> monitoring.enterValue(plan, entered, thisYear(), new BigDecimal("1.23456")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("value"));
        // one bad value of several saves none
        assertThatThrownBy(() -> monitoring.enterValues(plan, thisYear(),
                java.util.Map.of(entered, BigDecimal.ONE, mapIndicator, BigDecimal.TEN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactly("values[" + mapIndicator + "]"));
        assertThat(jdbc.sql("select count(*) from localplans_indicator_value").query(Long.class).single()).isZero();
    }

    @Test
    void theYearlyNoteKeepsVersionsAndRefusesAStaleOne() {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), null);
        users.signIn(fixtures.partner(jst));
        int year = thisYear();

        PlanMonitoring.YearlyNote first = monitoring.saveNote(plan, year, "Powstały dwie spółdzielnie socjalne.", null);
        assertThat(first.version()).isZero();
        PlanMonitoring.YearlyNote second = monitoring.saveNote(plan, year, "Powstały trzy spółdzielnie socjalne.", 0L);
        assertThat(second.version()).isEqualTo(1);
        assertThatThrownBy(() -> monitoring.saveNote(plan, year, "Nadpisuję cudzą zmianę.", 0L))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("localplans.monitoring.note.stale"));
        assertThatThrownBy(() -> monitoring.saveNote(plan, year, "Druga pierwsza notatka.", null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> monitoring.saveNote(plan, year, "x".repeat(8001), 1L))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("text"));
        assertThat(monitoring.monitoring(plan, year).note().text()).isEqualTo("Powstały trzy spółdzielnie socjalne.");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'LocalPlanYearlyNote'")
                .query(Long.class).single()).isEqualTo(2);

        long inPreparation = fixtures.plan("2262011", "Gdynia", "2262", LocalPlanStatus.IN_PREPARATION,
                thisYear(), thisYear() + 4, jst.id(), null);
        assertThatThrownBy(() -> monitoring.saveNote(inPreparation, year, "Za wcześnie.", null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("localplans.monitoring.note.notAdopted"));
    }

    @Test
    void aPartnerOfAnotherJstAndTheOwesMayNotWriteValuesOrNotes() throws Exception {
        OrganisationView jst = fixtures.jst("Gmina Miasta Gdańska", LocalPlanMonitoringFixtures.GDANSK);
        OrganisationView other = fixtures.jst("Gmina Miasta Gdyni", "2262011");
        OrganisationView owes = fixtures.owes("OWES Pomorze");
        long plan = fixtures.gdanskPlan(LocalPlanStatus.ADOPTED, jst.id(), owes.id());
        long indicator = fixtures.enteredIndicator(plan);
        String valuePath = "/api/v1/local-plans/" + plan + "/indicators/" + indicator + "/values/" + thisYear();
        String notePath = "/api/v1/local-plans/" + plan + "/notes/" + thisYear();

        for (UserView refused : java.util.List.of(fixtures.partner(other), fixtures.owesUser(owes))) {
            mvc.perform(put(valuePath).with(user(users.principal(refused))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"value\": 12}")).andExpect(status().isForbidden());
            mvc.perform(put(notePath).with(user(users.principal(refused))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"text\": \"Notatka\"}")).andExpect(status().isForbidden());
            // but they read it, and are told they may not write
            mvc.perform(get("/api/v1/local-plans/" + plan + "/monitoring").with(user(users.principal(refused))))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .jsonPath("$.rights.enterValues").value(false));
        }
        users.signIn(fixtures.owesUser(owes));
        assertThatThrownBy(() -> monitoring.enterValue(plan, indicator, thisYear(), BigDecimal.ONE))
                .isInstanceOf(AccessDeniedException.class);
        users.signOut();
        assertThat(jdbc.sql("select count(*) from localplans_indicator_value").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from localplans_yearly_note").query(Long.class).single()).isZero();

        mvc.perform(put(valuePath).with(user(users.principal(fixtures.partner(jst))))
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 12}")).andExpect(status().isOk());
    }
}
