package pl.koordynator.es.needs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.needs.NeedsFixtures;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Needs published in the days, by the day ROPS published them and the powiat of their gmina. */
class NeedsProgrammeMeasuresTest extends IntegrationTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    NeedsFixtures fixtures;
    @Autowired
    NeedsProgrammeMeasures measures;

    @Test
    void countsNeedsPublishedInTheDaysButNotWaitingOrRejectedOnes() {
        UserView reporter = fixtures.pesUser("Spółdzielnia Socjalna Razem", NeedsFixtures.GDANSK);
        NeedView march = fixtures.published(reporter, NeedsFixtures.input(NeedsFixtures.GDANSK, "Brak miejsc w CIS"));
        NeedView may = fixtures.published(reporter, NeedsFixtures.input(NeedsFixtures.GDYNIA, "Mieszkania treningowe"));
        fixtures.published(reporter, NeedsFixtures.input(NeedsFixtures.CZARNA_DABROWKA, "Usługi opiekuńcze"));
        fixtures.submitted(reporter, NeedsFixtures.input(NeedsFixtures.GDANSK, "Czeka na decyzję"));
        fixtures.rejected(reporter, NeedsFixtures.input(NeedsFixtures.GDANSK, "Odrzucona"), "Poza zakresem.");
        decidedOn(march, LocalDate.of(2025, 3, 15));
        decidedOn(may, LocalDate.of(2025, 5, 31));

        MeasureValue half = measures.compute("needs.published", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        assertThat(half.value()).isEqualByComparingTo("2");
        assertThat(half.byPowiat()).isEqualTo(Map.of("2261", BigDecimal.ONE, "2262", BigDecimal.ONE));
        assertThat(half.listUrl()).isEqualTo("/needs?status=PUBLISHED");
        assertThat(value(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 5, 31))).isEqualByComparingTo("1");
        // half past midnight in Warsaw is the day before in UTC: the day is the region's
        assertThat(value(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 15))).isEqualByComparingTo("1");
        assertThat(value(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14))).isEqualByComparingTo("0");
        assertThat(value(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31))).isEqualByComparingTo("0");
        // the third was published today, in the powiat bytowski
        LocalDate today = LocalDate.now(WARSAW);
        MeasureValue sinceMarch = measures.compute("needs.published", LocalDate.of(2025, 3, 1), today);
        assertThat(sinceMarch.value()).isEqualByComparingTo("3");
        assertThat(sinceMarch.byPowiat()).containsEntry("2201", BigDecimal.ONE);
        assertThat(sinceMarch.byPowiat().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sinceMarch.value());
    }

    @Test
    void anotherCodeIsNoMeasureOfTheNeeds() {
        assertThatThrownBy(() -> measures.compute("needs.submitted", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private BigDecimal value(LocalDate from, LocalDate to) {
        return measures.compute("needs.published", from, to).value();
    }

    private void decidedOn(NeedView need, LocalDate day) {
        jdbc.sql("update reported_need set decided_at = :at where id = :id")
                .param("at", day.atTime(0, 30).atZone(WARSAW).toOffsetDateTime()).param("id", need.id()).update();
    }
}
