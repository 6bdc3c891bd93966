package pl.koordynator.es.reintegration;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme's measures of reintegration: referrals, cooperating institutions, employment outcomes. */
class ReintegrationProgrammeMeasuresTest extends IntegrationTest {

    @Autowired
    List<ProgrammeMeasures> all;

    @Autowired
    Territory territory;

    @Test
    void referralsInstitutionsAndEmploymentOfTheQuartersAsked() {
        ProgrammeMeasures measures = all.stream()
                .filter(m -> m.measures().stream().anyMatch(x -> x.code().startsWith("reintegration."))).findFirst()
                .orElseThrow();
        int year = RegionDate.today().getYear() - 1;
        String first = territory.units(Level.POWIAT, null).get(0).teryt();
        String second = territory.units(Level.POWIAT, null).get(1).teryt();
        ReintegrationStatisticFixtures statistic = new ReintegrationStatisticFixtures(jdbc);
        statistic.referrals(3, year, 1, first, 1, "JSPS", 2, "CIS", true, true, "OWN_BUSINESS", null);
        statistic.referrals(2, year, 4, second, 3, "IRP", 2, "CIS", true, true, "SOCIAL_ASSISTANCE", null);
        statistic.referrals(4, year - 1, 4, second, 3, "IRP", 2, "CIS", true, true, "OWN_BUSINESS", null);

        MeasureValue referrals = measures.compute("reintegration.referrals", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        assertThat(referrals.value()).isEqualByComparingTo("5");
        // counts of persons: the regional value only, never split by powiat (the programme's pages are public)
        assertThat(referrals.byPowiat()).isEmpty();
        // the first half: the quarters starting within it
        assertThat(measures.compute("reintegration.referrals", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                .value()).isEqualByComparingTo("3");
        assertThat(measures.compute("reintegration.cooperating-institutions", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).value()).isEqualByComparingTo("3");
        MeasureValue employment = measures.compute("reintegration.employment-outcomes", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        assertThat(employment.value()).isEqualByComparingTo("3");
        assertThat(employment.byPowiat()).isEmpty();
        // institutions, not persons: they keep their split
        assertThat(measures.compute("reintegration.cooperating-institutions", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).byPowiat()).isNotEmpty();
        assertThat(measures.measures()).filteredOn(m -> !m.code().equals("reintegration.cooperating-institutions"))
                .allSatisfy(m -> assertThat(m.territorial()).isFalse());
        assertThatThrownBy(() -> measures.compute("reintegration.nothing", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }
}
