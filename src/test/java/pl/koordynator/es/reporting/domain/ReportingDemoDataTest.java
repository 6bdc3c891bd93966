package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.reporting.ReportingFixtures;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's reports load once, cover eight quarters in every state and agree with the aggregates. */
class ReportingDemoDataTest extends IntegrationTest {

    @Autowired
    DemoDataSets demoDataSets;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Organisations organisations;
    @Autowired
    ReportService reports;
    @Autowired
    ReportingFixtures fixtures;

    @AfterEach
    void forgetTheDemoClaim() {
        jdbc.sql("delete from demo_data_set where module = 'reporting'").update();
    }

    @Test
    void loadsEightQuartersForFourOwesInEveryStateOnce() {
        List<OrganisationView> owes = List.of(fixtures.owes("OWES A (DEMO)"), fixtures.owes("OWES B (DEMO)"),
                fixtures.owes("OWES C (DEMO)"), fixtures.owes("OWES D (DEMO)"));
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ReportingDemoData demo = new ReportingDemoData(new Installation(true, true), demoDataSets, organisations,
                reports, clock, transaction);

        demo.initialize();
        demo.initialize();

        assertThat(count("true")).isEqualTo(31); // one OWES has not reported the last quarter
        assertThat(count("period = '2024Q4'")).isEqualTo(4);
        assertThat(count("period = '2026Q3'")).isEqualTo(3);
        assertThat(count("period = '2026Q4'")).isZero();
        for (String status : List.of("DRAFT", "SUBMITTED", "RETURNED", "APPROVED")) {
            assertThat(count("status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("status = 'APPROVED'")).isGreaterThan(25);
        BigDecimal approvedJobs = jdbc.sql("""
                select sum(v.number) from report_value v join owes_report r on r.id = v.report_id
                where r.status = 'APPROVED' and v.code = 'JOBS_CREATED' and v.cell = ''""").query(BigDecimal.class).single();
        BigDecimal aggregated = jdbc.sql("select sum(value) from report_aggregate where code = 'JOBS_CREATED'")
                .query(BigDecimal.class).single();
        assertThat(aggregated).isEqualByComparingTo(approvedJobs);
        assertThat(jdbc.sql("""
                select count(*) from report_value a join report_value b on a.report_id = b.report_id
                where a.code = 'JOBS_AT_RISK' and b.code = 'JOBS_CREATED' and a.cell = '' and b.cell = ''
                  and a.number > b.number""").query(Long.class).single()).as("the rule holds").isZero();
        assertThat(owes).hasSize(4);
    }

    private long count(String condition) {
        return jdbc.sql("select count(*) from owes_report where " + condition).query(Long.class).single();
    }
}
