package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "PES supported" for the programme is the number the supported-PES API gives for the same days. */
class SupportProgrammeMeasuresTest extends IntegrationTest {

    private static final String CODE = "support.pes-supported";

    @Autowired
    SupportFixtures fixtures;
    @Autowired
    SupportProgrammeMeasures measures;

    private OrganisationView north;
    private OrganisationView south;

    @BeforeEach
    void supportInThreeQuarters() {
        north = fixtures.owes("OWES Pomorze Północne");
        south = fixtures.owes("OWES Pomorze Południowe");
        OrganisationView gdanskCooperative = fixtures.pes("Spółdzielnia Socjalna Razem", SupportFixtures.GDANSK);
        OrganisationView gdyniaFoundation = fixtures.pes("Fundacja Morska", SupportFixtures.GDYNIA);
        OrganisationView gdanskCircle = fixtures.pes("Koło Gospodyń Wiejskich Bursztyn", SupportFixtures.GDANSK);
        OrganisationView earlier = fixtures.pes("Stowarzyszenie Wcześniejsze", SupportFixtures.GDYNIA);
        OrganisationView office = fixtures.jst("Urząd Gminy Żukowo");
        fixtures.record(gdanskCooperative, north, LocalDate.of(2025, 1, 10), "2", SupportForm.CONSULTING);
        fixtures.record(gdanskCooperative, south, LocalDate.of(2025, 4, 2), "1", SupportForm.CONSULTING);
        fixtures.record(gdyniaFoundation, north, LocalDate.of(2025, 3, 31), "3", SupportForm.TRAINING);
        fixtures.attended(north, gdanskCircle, LocalDate.of(2025, 2, 14));
        fixtures.attended(north, gdanskCooperative, LocalDate.of(2025, 2, 14));
        fixtures.attended(north, office, LocalDate.of(2025, 2, 14));
        fixtures.record(earlier, south, LocalDate.of(2024, 12, 31), "1", SupportForm.CONSULTING);
    }

    @Test
    void countsEachPesOnceFromSupportAndAttendanceByThePowiatOfItsGmina() {
        MeasureValue quarter = measures.compute(CODE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

        // the cooperative (record and attendance), the foundation (record), the circle (attendance); not the office
        assertThat(quarter.value()).isEqualByComparingTo("3");
        assertThat(quarter.byPowiat()).containsOnlyKeys("2261", "2262");
        assertThat(quarter.byPowiat().get("2261")).isEqualByComparingTo("2");
        assertThat(quarter.byPowiat().get("2262")).isEqualByComparingTo("1");
        assertThat(sum(quarter.byPowiat())).isEqualByComparingTo(quarter.value());
        assertThat(quarter.listUrl()).isEqualTo("/support?from=2025-01-01&to=2025-03-31");
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(quarter.computedAt()).isNotNull();

        assertThat(measures.compute(CODE, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).value())
                .isEqualByComparingTo("1");
        assertThat(measures.compute(CODE, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).value())
                .isEqualByComparingTo("4");
        MeasureValue before = measures.compute(CODE, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        assertThat(before.value()).isEqualByComparingTo("0");
        assertThat(before.byPowiat()).isEmpty();
    }

    @Test
    void givesTheSupportedPesApisCountForEveryPeriod() throws Exception {
        for (String code : List.of("2024Q4", "2024", "2025Q1", "2025Q2", "2025Q3", "2025H1", "2025", "2023")) {
            Period period = Period.parse(code).orElseThrow();
            assertThat(measures.compute(CODE, period.start(), period.end()).value().longValueExact())
                    .as(code).isEqualTo(apiCount(code));
        }
    }

    @Test
    void aRecordForAPesNotYetSupportedMovesTheValueByOneOnTheNextRequest() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        BigDecimal before = measures.compute(CODE, from, to).value();

        fixtures.record(fixtures.pes("Spółdzielnia Nowa"), south, LocalDate.of(2025, 11, 30), "1",
                SupportForm.MENTORING);

        assertThat(measures.compute(CODE, from, to).value()).isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(measures.compute(CODE, from, to).value().longValueExact()).isEqualTo(apiCount("2025"));
    }

    @Test
    void anotherCodeIsNoMeasureOfTheModule() {
        assertThat(measures.measures()).extracting(m -> m.code()).containsExactly(CODE);
        assertThatThrownBy(() -> measures.compute("support.hours", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long apiCount(String period) throws Exception {
        String answer = mvc.perform(get("/api/v1/support/supported-pes?period=" + period)
                        .with(user(users.principal(fixtures.user(Role.ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.count")).longValue();
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
