package pl.koordynator.es.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.domain.ReportService;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report list (page and API) takes the same few SQL statements for 50 reports as for 500:
 * the values, review comments and OWES names of the whole list are read at once, not per report.
 */
class ReportListQueriesTest extends IntegrationTest {

    private static final int OWES = 10;

    @Autowired
    ReportingFixtures fixtures;

    @Autowired
    ReportService reports;

    @Test
    void theReportListTakesAFixedNumberOfStatementsHoweverManyReportsItShows() throws Exception {
        List<OrganisationView> centres = new ArrayList<>();
        for (int i = 0; i < OWES; i++) {
            centres.add(fixtures.owes("OWES nr " + i));
        }
        UserView admin = fixtures.admin();
        Period last = Period.parse("2025Q4").orElseThrow();

        record(centres, last, 0, 5);
        Counts fifty = counts(admin, 50);
        record(centres, last, 5, 50);
        Counts fiveHundred = counts(admin, 500);

        System.out.printf("SQL statements of the report list: API %d and page %d for 50 reports, "
                + "API %d and page %d for 500%n", fifty.api(), fifty.page(), fiveHundred.api(), fiveHundred.page());
        assertThat(fiveHundred).isEqualTo(fifty);
        assertThat(fiveHundred.api()).isLessThanOrEqualTo(8);
    }

    /** Quarters {@code from} to {@code to} (exclusive) before {@code last} for every OWES, with values and comments. */
    private void record(List<OrganisationView> centres, Period last, int from, int to) {
        for (OrganisationView centre : centres) {
            Period period = last;
            for (int back = 0; back < to; back++) {
                if (back >= from) {
                    long id = reports.recordAtStartup(centre.id(), "OWES_QUARTERLY", period, values(back),
                            back % 2 == 0 ? ReportStatus.RETURNED : ReportStatus.SUBMITTED, "Proszę poprawić",
                            OffsetDateTime.of(2026, 1, 10, 10, 0, 0, 0, ZoneOffset.UTC)).id();
                    if (back % 2 == 0) {
                        jdbc.sql("insert into report_review_comment (report_id, code, comment) values (:id, 'TRAININGS', :c)")
                                .param("id", id).param("c", "Uwaga " + centre.name() + " " + period.code()).update();
                    }
                }
                period = period.previous();
            }
        }
    }

    private static Map<String, Object> values(int back) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("PES_SUPPORTED", 20 + back);
        values.put("PES_NEW", 3);
        values.put("SE_NEW", 1);
        values.put("JOBS_CREATED.K", 2);
        values.put("JOBS_CREATED.M", 1);
        values.put("JOBS_AT_RISK", 1);
        values.put("CONSULTING_HOURS", 100);
        values.put("TRAININGS", 4);
        values.put("TRAINING_PARTICIPANTS.K", 10);
        values.put("TRAINING_PARTICIPANTS.M", 6);
        values.put("JST_COOPERATING", 3);
        values.put("PARTNERSHIPS", 1);
        return values;
    }

    private record Counts(int api, int page) {
    }

    private Counts counts(UserView admin, int expected) throws Exception {
        RequestPostProcessor asAdmin = user(users.principal(admin));
        String[] body = new String[1];
        List<String> api = SqlStatements.of(() -> body[0] = mvc.perform(get("/api/v1/reporting/reports").with(asAdmin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(JsonPath.<List<Object>>read(body[0], "$")).hasSize(expected);
        // every report carries its own values and comments, not another one's
        List<Map<String, Object>> listed = JsonPath.read(body[0], "$");
        for (Map<String, Object> report : listed) {
            int back = quartersBefore((String) report.get("period"));
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) report.get("values");
            assertThat(new BigDecimal(values.get("PES_SUPPORTED").toString())).isEqualByComparingTo(
                    BigDecimal.valueOf(20 + back));
            @SuppressWarnings("unchecked")
            Map<String, Object> comments = (Map<String, Object>) report.get("reviewComments");
            if (back % 2 == 0) {
                assertThat(comments).containsEntry("TRAININGS", "Uwaga " + report.get("owesName") + " "
                        + report.get("period"));
            } else {
                assertThat(comments).isEmpty();
            }
        }
        List<String> page = SqlStatements.of(() -> mvc.perform(get("/reporting").with(asAdmin))
                .andExpect(status().isOk()));
        return new Counts(api.size(), page.size());
    }

    private static int quartersBefore(String period) {
        Period last = Period.parse("2025Q4").orElseThrow();
        Period candidate = Period.parse(period).orElseThrow();
        int back = 0;
        while (!last.equals(candidate)) {
            last = last.previous();
            back++;
        }
        return back;
    }
}
