package pl.koordynator.es.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.events.GminaActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.reporting.domain.NewReport;
import pl.koordynator.es.reporting.domain.ReportService;
import pl.koordynator.es.reporting.domain.ReportView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The facade, the report's known values and the coverage counts read the same records. */
class SupportedPesTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;
    @Autowired
    SupportRecords support;
    @Autowired
    ReportService reports;
    @Autowired
    java.util.List<GminaActivity> activities;
    @Autowired
    TestUsers testUsers;

    @Test
    void aPesWithTwoRecordsCountsOnceAndThePeriodsDaysAreBothIncluded() {
        OrganisationView north = fixtures.owes("OWES Pomorze Północne");
        OrganisationView cooperative = fixtures.pes("Spółdzielnia Socjalna Razem");
        OrganisationView association = fixtures.pes("Stowarzyszenie Przed Okresem");
        fixtures.record(cooperative, north, LocalDate.of(2025, 1, 1), "1", SupportForm.CONSULTING);
        fixtures.record(cooperative, north, LocalDate.of(2025, 3, 31), "1", SupportForm.CONSULTING);
        fixtures.record(association, north, LocalDate.of(2024, 12, 31), "1", SupportForm.CONSULTING);

        SupportedPes supported = support.supportedPes(Period.quarter(2025, 1), north.id());

        assertThat(supported.count()).isOne();
        assertThat(supported.fromSupport()).isOne();
        assertThat(supported.fromEvents()).isZero();
        assertThat(supported.organisations()).extracting(SupportedOrganisation::name)
                .containsExactly("Spółdzielnia Socjalna Razem");
        assertThat(support.supportedPes(Period.quarter(2024, 4), north.id()).count()).isOne();
        assertThat(support.supportedPes(Period.quarter(2025, 2), north.id()).count()).isZero();
    }

    @Test
    void aNewOwesReportIsPrefilledWithSupportedNewPesAndConsultingHours() {
        OrganisationView north = fixtures.owes("OWES Pomorze Północne");
        OrganisationView south = fixtures.owes("OWES Pomorze Południowe");
        OrganisationView regular = fixtures.pes("Spółdzielnia Stała");
        OrganisationView fresh = fixtures.pes("Fundacja Nowa");
        OrganisationView visitor = fixtures.pes("Koło Gospodyń Wiejskich Gość");
        OrganisationView office = fixtures.jst("Urząd Gminy Żukowo");
        fixtures.record(regular, north, LocalDate.of(2024, 11, 5), "2", SupportForm.CONSULTING);
        fixtures.record(regular, north, LocalDate.of(2025, 1, 15), "2.5", SupportForm.CONSULTING);
        fixtures.record(fresh, north, LocalDate.of(2025, 2, 15), "1.25", SupportForm.CONSULTING);
        fixtures.record(fresh, north, LocalDate.of(2025, 2, 16), "6", SupportForm.TRAINING);
        fixtures.record(fresh, south, LocalDate.of(2025, 2, 17), "9", SupportForm.CONSULTING);
        fixtures.attended(north, visitor, LocalDate.of(2025, 3, 3));
        fixtures.attended(north, office, LocalDate.of(2025, 3, 3));
        UserView staff = fixtures.staff(north);

        testUsers.signIn(staff);
        Map<String, KnownValue> known;
        try {
            ReportView report = reports.create(new NewReport(north.id(), "OWES_QUARTERLY", "2025Q1"));
            known = reports.knownValues(report);
        } finally {
            testUsers.signOut();
        }

        assertThat(known.get("PES_SUPPORTED").value()).isEqualByComparingTo("3");
        assertThat(known.get("PES_SUPPORTED").source()).isEqualTo("Rejestr wsparcia: 3 rekordy, 2 PES; obecność na wydarzeniach: 1 PES");
        assertThat(known.get("PES_NEW").value()).isEqualByComparingTo("2");
        assertThat(known.get("CONSULTING_HOURS").value()).isEqualByComparingTo(new BigDecimal("3.75"));
        assertThat(known.get("CONSULTING_HOURS").source()).isEqualTo("Rejestr wsparcia: 2 rekordy doradztwa");
    }

    @Test
    void anOwesThatRecordedNothingGetsNoPrefilledValues() {
        OrganisationView north = fixtures.owes("OWES Pomorze Północne");
        testUsers.signIn(fixtures.staff(north));
        try {
            ReportView report = reports.create(new NewReport(north.id(), "OWES_QUARTERLY", "2025Q1"));
            assertThat(reports.knownValues(report)).doesNotContainKeys("PES_SUPPORTED", "PES_NEW", "CONSULTING_HOURS");
        } finally {
            testUsers.signOut();
        }
    }

    @Test
    void theCoverageViewCountsRecordsInTheGminaThePesWasInWhenTheyWereSaved() {
        OrganisationView north = fixtures.owes("OWES Pomorze Północne");
        OrganisationView gdansk = fixtures.pes("Spółdzielnia Gdańska", SupportFixtures.GDANSK);
        OrganisationView gdynia = fixtures.pes("Spółdzielnia Gdyńska", SupportFixtures.GDYNIA);
        fixtures.record(gdansk, north, LocalDate.of(2025, 1, 10), "1", SupportForm.CONSULTING);
        fixtures.record(gdansk, north, LocalDate.of(2025, 1, 11), "1", SupportForm.CONSULTING);
        fixtures.record(gdynia, north, LocalDate.of(2025, 1, 12), "1", SupportForm.CONSULTING);
        fixtures.record(gdynia, north, LocalDate.of(2025, 4, 1), "1", SupportForm.CONSULTING);
        jdbc.sql("update organisation set gmina_teryt = :gmina where id = :id")
                .param("gmina", SupportFixtures.GDYNIA).param("id", gdansk.id()).update();

        Map<String, Long> counts = activities.stream()
                .filter(activity -> activity.getClass().getSimpleName().startsWith("Support"))
                .findFirst().orElseThrow().countByGmina(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(SupportFixtures.GDANSK, 2L,
                SupportFixtures.GDYNIA, 1L));
    }
}
