package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reporting.ReportingFixtures;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OWES report indicators as measures: the region's sums of the approved reports within the days. */
class ReportingProgrammeMeasuresTest extends IntegrationTest {

    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    ReportingProgrammeMeasures measures;

    private UserView admin;

    @BeforeEach
    void reportsOfTwoOwes() throws Exception {
        OrganisationView north = fixtures.owes("OWES Pomorze Północne");
        OrganisationView south = fixtures.owes("OWES Pomorze Południowe");
        UserView northStaff = fixtures.staff(north);
        UserView southStaff = fixtures.staff(south);
        admin = fixtures.admin();
        report(north, northStaff, "2024Q4", 5, true);
        report(north, northStaff, "2025Q1", 12, true);
        report(north, northStaff, "2025Q2", 8, true);
        report(south, southStaff, "2025Q1", 20, true);
        report(south, southStaff, "2025Q2", 30, false);
    }

    @Test
    void sumsTheApprovedReportsWhosePeriodsLieWithinTheDaysAsTheRegionalAggregate() throws Exception {
        MeasureValue half = measures.compute("reporting.PES_SUPPORTED", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        // 12 + 8 + 20; the submitted 30 waits for approval
        assertThat(half.value()).isEqualByComparingTo("40");
        assertThat(half.value()).isEqualByComparingTo(regionalAggregate("2025H1", "PES_SUPPORTED"));
        assertThat(half.byPowiat()).isEmpty();
        assertThat(half.listUrl())
                .isEqualTo("/reporting/summary?template=OWES_QUARTERLY&period=2025H1&indicator=PES_SUPPORTED");
        assertThat(value("reporting.PES_SUPPORTED", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)))
                .isEqualByComparingTo(regionalAggregate("2025Q1", "PES_SUPPORTED"));
        assertThat(value("reporting.CONSULTING_HOURS", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
                .isEqualByComparingTo("30");
        assertThat(value("reporting.PES_SUPPORTED", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualByComparingTo("5");
        // a quarter only partly within the days does not count
        MeasureValue partly = measures.compute("reporting.PES_SUPPORTED", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30));
        assertThat(partly.value()).isEqualByComparingTo("8");
        assertThat(partly.listUrl()).isNull();
        assertThat(value("reporting.PES_SUPPORTED", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .isEqualByComparingTo("0");
    }

    @Test
    void everyAggregatedIndicatorOfTheTemplatesIsAMeasureInTheTemplatesWords() {
        Measure supported = measures.measures().stream().filter(m -> m.code().equals("reporting.PES_SUPPORTED"))
                .findFirst().orElseThrow();
        assertThat(supported.name()).isEqualTo("Liczba PES objętych wsparciem");
        assertThat(supported.unit()).isEqualTo("szt.");
        assertThat(supported.kind()).isEqualTo(Measure.Kind.FLOW);
        assertThat(supported.territorial()).isFalse();
        assertThat(measures.measures()).extracting(Measure::code).contains("reporting.CONSULTING_HOURS",
                "reporting.TRAINING_PARTICIPANTS", "reporting.PARTNERSHIPS");
        assertThatThrownBy(() -> measures.compute("reporting.NOT_AN_INDICATOR", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> measures.compute("PES_SUPPORTED", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    private BigDecimal value(String code, LocalDate from, LocalDate to) {
        return measures.compute(code, from, to).value();
    }

    private BigDecimal regionalAggregate(String period, String code) throws Exception {
        String aggregate = mvc.perform(get("/api/v1/reporting/aggregate").param("template", "OWES_QUARTERLY")
                        .param("period", period).param("level", "region").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new BigDecimal(JsonPath.read(aggregate, "$.rows[0].values." + code).toString());
    }

    private void report(OrganisationView owes, UserView staff, String period, int pesSupported, boolean approve)
            throws Exception {
        String body = mvc.perform(json(post("/api/v1/reporting/reports").with(as(staff)),
                        "{\"owesId\": %d, \"templateCode\": \"OWES_QUARTERLY\", \"period\": \"%s\"}"
                                .formatted(owes.id(), period)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(json(put("/api/v1/reporting/reports/" + id + "/values").with(as(staff)), """
                {"values": {"PES_SUPPORTED": %d, "PES_NEW": 1, "SE_NEW": 1, "JOBS_CREATED": 4, "JOBS_AT_RISK": 2,
                 "CONSULTING_HOURS": 10, "TRAININGS": 2, "TRAINING_PARTICIPANTS": 25, "JST_COOPERATING": 3,
                 "PARTNERSHIPS": 1}}""".formatted(pesSupported))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/submit").with(as(staff)), "{}"))
                .andExpect(status().isOk());
        if (approve) {
            mvc.perform(json(post("/api/v1/reporting/reports/" + id + "/approve").with(as(admin)), "{}"))
                    .andExpect(status().isOk());
        }
    }

    private RequestPostProcessor as(UserView who) {
        return user(users.principal(who));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
