package pl.koordynator.es.publicservices.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.publicservices.PublicServicesFixtures;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo procurements: about 200 of the demo JST over three years, about a quarter with clauses,
 * most past lots awarded and some to demo PES, ten open for bids, about 40 public tasks; the same on
 * every load (a fixed seed).
 */
class PublicServicesDemoDataTest extends IntegrationTest {

    @Autowired
    PublicServicesDemoData demo;

    @Autowired
    PublicServicesFixtures fixtures;

    @Test
    void loadsAboutTwoHundredProcurementsAQuarterWithClausesAndFortyPublicTasks() {
        LocalDate today = RegionDate.today();
        // the register's demo JST and PES, or a few of them when the test database has none
        fixtures.jst("Gmina Demo " + System.nanoTime(), PublicServicesFixtures.GDANSK);
        fixtures.jst("Gmina Demo " + System.nanoTime(), PublicServicesFixtures.KARTUZY);
        fixtures.pes("Spółdzielnia Demo " + System.nanoTime(), PublicServicesFixtures.GDANSK, null, true);
        int[] loaded = demo.load(today);

        assertThat(loaded[0]).isEqualTo(PublicServicesDemoData.PROCUREMENTS);
        assertThat(loaded[1]).isEqualTo(PublicServicesDemoData.TASKS);
        assertThat(number("select count(*) from publicservices_procurement")).isEqualTo(200);
        long withClauses = number("select count(distinct procurement_id) from publicservices_lot where has_clause");
        assertThat(withClauses).isBetween(35L, 75L);
        for (String clause : new String[] {"reserved_art94 is not null", "employment_contract_art95",
                "employment_art96_group is not null", "social_criterion_weight is not null", "reserved_art361"}) {
            assertThat(number("select count(*) from publicservices_lot where " + clause)).as(clause).isPositive();
        }
        assertThat(number("select count(*) from publicservices_lot where contractor_pes and contractor_id is not null"))
                .isPositive();
        assertThat(number("select count(*) from publicservices_lot where persons_employed is not null")).isPositive();
        assertThat(number("select count(*) from publicservices_procurement where notice_date < :from", today.minusYears(3)))
                .isZero();
        assertThat(number("select count(*) from publicservices_procurement where bid_deadline >= :from", today))
                .isBetween(5L, 12L);
        assertThat(number("select count(*) from publicservices_procurement where notice_number like '%/BZP 0039____/01'"))
                .isEqualTo(200);
        assertThat(number("select count(*) from publicservices_lot where result = 'AWARDED'"))
                .isGreaterThan(number("select count(*) from publicservices_lot") / 2);
        assertThat(number("select count(*) from publicservices_public_task where winner_pes")).isPositive();
        String first = jdbc.sql("select string_agg(title, '|' order by notice_number) from publicservices_procurement")
                .query(String.class).single();

        jdbc.sql("delete from publicservices_lot").update();
        jdbc.sql("delete from publicservices_procurement").update();
        jdbc.sql("delete from publicservices_public_task").update();
        demo.load(today);
        assertThat(jdbc.sql("select string_agg(title, '|' order by notice_number) from publicservices_procurement")
                .query(String.class).single()).as("deterministic").isEqualTo(first);
    }

    private long number(String sql, Object... parameters) {
        var statement = jdbc.sql(sql);
        if (parameters.length > 0) {
            statement = statement.param("from", parameters[0]);
        }
        return statement.query(Long.class).single();
    }
}
