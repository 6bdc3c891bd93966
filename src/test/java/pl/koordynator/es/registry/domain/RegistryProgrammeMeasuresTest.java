package pl.koordynator.es.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register's measures over a small register: a cooperative in Gdańsk added in 2023 with the PS
 * status since 1.03.2024, a CIS in Gdynia added in 2025 with the status for the second half of 2025
 * and 20 reintegration places, an association added today, and a business that is no PES.
 */
class RegistryProgrammeMeasuresTest extends IntegrationTest {

    private static final String GDANSK = "2261011";
    private static final String GDYNIA = "2262011";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    OrganisationService organisations;
    @Autowired
    RegistryProgrammeMeasures measures;

    private OrganisationView cooperative;
    private final LocalDate today = LocalDate.now(WARSAW);

    @BeforeEach
    void smallRegister() {
        cooperative = fixtures.create(input("Spółdzielnia Socjalna Razem", Kind.SOCIAL_COOPERATIVE, GDANSK, 10, 5, null,
                "12/2024", LocalDate.of(2024, 3, 1), null));
        OrganisationView cis = fixtures.create(input("Centrum Integracji Społecznej Gdynia", Kind.CIS, GDYNIA, 4, 3, 20,
                "7/2025", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
        fixtures.create(input("Stowarzyszenie Dzisiejsze", Kind.NGO, GDANSK, 2, 0, null, null, null, null));
        fixtures.create(input("Firma Partnerska sp. z o.o.", Kind.BUSINESS, GDANSK, 50, 0, null, null, null, null));
        addedOn(cooperative, LocalDate.of(2023, 5, 5));
        addedOn(cis, LocalDate.of(2025, 2, 2));
    }

    @Test
    void newPesAreCountedByTheDayTheRegisterAddedThem() {
        assertThat(value("registry.pes-new", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isEqualByComparingTo("1");
        assertThat(value("registry.pes-new", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualByComparingTo("0");
        MeasureValue year = measures.compute("registry.pes-new", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(year.value()).isEqualByComparingTo("1");
        assertThat(year.byPowiat()).isEqualTo(Map.of("2262", BigDecimal.ONE));
        // the association added today; the business is no PES
        MeasureValue thisYear = measures.compute("registry.pes-new", today.withDayOfYear(1), today);
        assertThat(thisYear.value()).isEqualByComparingTo("1");
        assertThat(thisYear.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.ONE));
    }

    @Test
    void socialEnterprisesGrantedAreCountedByTheDayTheirStatusStarts() {
        assertThat(value("registry.ps-granted", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualByComparingTo("1");
        assertThat(value("registry.ps-granted", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))).isEqualByComparingTo("0");
        assertThat(value("registry.ps-granted", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1))).isEqualByComparingTo("1");
        MeasureValue both = measures.compute("registry.ps-granted", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(both.value()).isEqualByComparingTo("2");
        assertThat(sum(both.byPowiat())).isEqualByComparingTo(both.value());
    }

    @Test
    void socialEnterprisesActiveAreThoseWhoseStatusHoldsOnTheLastDay() {
        assertThat(value("registry.ps-active", null, LocalDate.of(2024, 2, 29))).isEqualByComparingTo("0");
        assertThat(value("registry.ps-active", null, LocalDate.of(2024, 3, 1))).isEqualByComparingTo("1");
        MeasureValue both = measures.compute("registry.ps-active", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(both.value()).isEqualByComparingTo("2");
        assertThat(both.from()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(both.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.ONE, "2262", BigDecimal.ONE));
        assertThat(value("registry.ps-active", null, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("1");
        assertThat(measures.compute("registry.ps-active", today, today).listUrl()).isEqualTo("/organisations?ps=true");

        close(cooperative);

        // closed today: no longer a social enterprise today, still one on the days its status held
        assertThat(value("registry.ps-active", null, today)).isEqualByComparingTo("0");
        assertThat(value("registry.ps-active", null, LocalDate.of(2025, 12, 31))).isEqualByComparingTo("2");
    }

    @Test
    void jobsAndPlacesAreTodaysFiguresOfActiveOrganisationsAlreadyInTheRegisterOnTheDay() {
        assertThat(value("registry.jobs", null, today)).isEqualByComparingTo("16");
        assertThat(value("registry.jobs-at-risk", null, today)).isEqualByComparingTo("8");
        assertThat(value("registry.reintegration-places", null, today)).isEqualByComparingTo("20");
        MeasureValue jobs = measures.compute("registry.jobs", null, today.plusYears(1));
        assertThat(jobs.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.valueOf(12), "2262", BigDecimal.valueOf(4)));
        assertThat(sum(jobs.byPowiat())).isEqualByComparingTo(jobs.value());
        assertThat(jobs.listUrl()).isEqualTo("/map?level=powiat&indicator=PES_JOBS");
        // before the CIS was added, and before anything was
        assertThat(value("registry.jobs", null, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("10");
        assertThat(value("registry.reintegration-places", null, LocalDate.of(2025, 1, 1))).isEqualByComparingTo("0");
        assertThat(value("registry.jobs", null, LocalDate.of(2022, 12, 31))).isEqualByComparingTo("0");
        assertThat(measures.compute("registry.jobs", null, LocalDate.of(2025, 1, 1)).listUrl()).isNull();

        OrganisationView before = organisations.find(cooperative.id()).orElseThrow();
        update(before, 13, 6);

        assertThat(value("registry.jobs", null, today)).isEqualByComparingTo("19");
        assertThat(value("registry.jobs-at-risk", null, today)).isEqualByComparingTo("9");
        close(cooperative);
        assertThat(value("registry.jobs", null, today)).isEqualByComparingTo("6");
    }

    @Test
    void everyCodeIsTerritorialAndAnotherCodeIsNoMeasureOfTheRegister() {
        assertThat(measures.measures()).extracting(Measure::code).containsExactly("registry.pes-new",
                "registry.ps-granted", "registry.ps-active", "registry.jobs", "registry.jobs-at-risk",
                "registry.reintegration-places");
        assertThat(measures.measures()).allMatch(Measure::territorial);
        assertThatThrownBy(() -> measures.compute("registry.pes-active", today, today))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measures.compute("support.pes-supported", today, today))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private BigDecimal value(String code, LocalDate from, LocalDate to) {
        return measures.compute(code, from == null ? to : from, to).value();
    }

    private void addedOn(OrganisationView organisation, LocalDate day) {
        jdbc.sql("update organisation set created_at = :at where id = :id")
                .param("at", day.atTime(12, 0).atZone(WARSAW).toOffsetDateTime()).param("id", organisation.id())
                .update();
    }

    private void close(OrganisationView organisation) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            organisations.close(organisation.id());
        } finally {
            users.signOut();
        }
    }

    private void update(OrganisationView o, int employees, int atRisk) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            organisations.update(o.id(), new OrganisationInput(o.name(), o.shortName(), o.kind(), o.nip(), o.regon(),
                    o.krs(), o.gminaTeryt(), o.street(), o.postalCode(), o.town(), o.email(), o.phone(), o.website(),
                    o.description(), o.fieldsOfActivity(), employees, atRisk, o.reintegrationPlaces(),
                    o.socialEnterpriseDecision(), o.socialEnterpriseSince(), o.socialEnterpriseUntil(), null,
                    o.status(), o.version()));
        } finally {
            users.signOut();
        }
    }

    private static OrganisationInput input(String name, Kind kind, String gmina, int employees, int atRisk,
            Integer places, String decision, LocalDate since, LocalDate until) {
        return new OrganisationInput(name, null, kind, null, null, null, gmina, null, null, null, null, null, null,
                null, List.of(), employees, atRisk, places, decision, since, until, null, null, null);
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
