package pl.koordynator.es.support;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.domain.SupportView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupportApiTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;

    private OrganisationView north;
    private OrganisationView south;
    private OrganisationView cooperative;
    private OrganisationView association;
    private UserView northStaff;

    @BeforeEach
    void organisations() {
        north = fixtures.owes("OWES Pomorze Północne");
        south = fixtures.owes("OWES Pomorze Południowe");
        cooperative = fixtures.pes("Spółdzielnia Socjalna Razem");
        association = fixtures.pes("Stowarzyszenie Na Rzecz Wsi");
        northStaff = fixtures.staff(north);
    }

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String body(OrganisationView pes, OrganisationView owes, String date, String hours) {
        return """
                {"organisationId": %d, "owesId": %d, "adviser": "Piotr Wiśniewski", "date": "%s", "hours": %s,
                 "form": "CONSULTING", "topic": "ACCOUNTING", "notes": "Plan kont."}"""
                .formatted(pes.id(), owes.id(), date, hours);
    }

    private long count() {
        return jdbc.sql("select count(*) from support_record").query(Long.class).single();
    }

    @Test
    void anOwesAdviserRecordsSupportOfTheirOwesWithTheGminaOfThePesAndItIsAudited() throws Exception {
        mvc.perform(json(post("/api/v1/support/records").with(as(northStaff)),
                        body(cooperative, north, "2025-02-10", "2.5")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("http://localhost/api/v1/support/records/")))
                .andExpect(jsonPath("$.organisationId").value(cooperative.id()))
                .andExpect(jsonPath("$.organisationName").value("Spółdzielnia Socjalna Razem"))
                .andExpect(jsonPath("$.owesId").value(north.id()))
                .andExpect(jsonPath("$.gminaTeryt").value(SupportFixtures.GDANSK))
                .andExpect(jsonPath("$.date").value("2025-02-10"))
                .andExpect(jsonPath("$.hours").value(2.5))
                .andExpect(jsonPath("$.form").value("CONSULTING"))
                .andExpect(jsonPath("$.createdBy").value(northStaff.username()))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'SupportRecord' and action = 'CREATE'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void anOwesAdviserWhoLeavesOutTheOwesRecordsForTheirOwn() throws Exception {
        mvc.perform(json(post("/api/v1/support/records").with(as(northStaff)), """
                        {"organisationId": %d, "adviser": "Anna Kowalska", "date": "2025-02-10", "hours": "1,5",
                         "form": "MENTORING", "topic": "MARKETING"}""".formatted(cooperative.id())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owesId").value(north.id()))
                .andExpect(jsonPath("$.hours").value(1.5));
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsSaved() throws Exception {
        OrganisationView office = fixtures.jst("Urząd Gminy Kolbudy");
        mvc.perform(json(post("/api/v1/support/records").with(as(fixtures.admin())), """
                        {"organisationId": %d, "owesId": %d, "adviser": " ", "date": "%s", "hours": 24.5,
                         "form": "LECTURE", "topic": "", "notes": "%s"}"""
                        .formatted(office.id(), cooperative.id(), LocalDate.now().plusDays(2), "x".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("organisationId", "owesId",
                        "adviser", "date", "hours", "form", "topic", "notes")));
        mvc.perform(json(post("/api/v1/support/records").with(as(fixtures.admin())),
                        body(cooperative, north, "14.02.2025", "0.125")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("hours")))
                .andExpect(jsonPath("$.errors[0].message").value("Liczba godzin może mieć najwyżej dwa miejsca po przecinku."));
        mvc.perform(json(post("/api/v1/support/records").with(as(fixtures.admin())),
                        body(cooperative, north, "2025-02-30", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "hours")));
        assertThat(count()).isZero();
    }

    @Test
    void aClosedPesIsNotOfferedForNewSupport() throws Exception {
        fixtures.close(association);
        mvc.perform(json(post("/api/v1/support/records").with(as(northStaff)),
                        body(association, north, "2025-02-10", "2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        assertThat(count()).isZero();
    }

    @Test
    void anOwesAdviserCannotRecordReadChangeOrDeleteForAnotherOwes() throws Exception {
        mvc.perform(json(post("/api/v1/support/records").with(as(northStaff)),
                        body(cooperative, south, "2025-02-10", "2")))
                .andExpect(status().isForbidden());
        assertThat(count()).isZero();
        SupportView southern = fixtures.record(cooperative, south, LocalDate.of(2025, 2, 11), "3", SupportForm.TRAINING);

        mvc.perform(get("/api/v1/support/records/" + southern.id()).with(as(northStaff)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/support/records/" + southern.id()).with(as(northStaff)),
                        body(cooperative, north, "2025-02-10", "2").replace("}", ", \"version\": 0}")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/support/records/" + southern.id()).with(as(northStaff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/support/records").with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/support/records?owesId=" + south.id()).with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/support/records?organisationId=" + cooperative.id()).with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        assertThat(jdbc.sql("select hours from support_record").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("3");
    }

    @Test
    void anOwesAdviserEditsWithTheVersionAndAStaleVersionIsAConflict() throws Exception {
        SupportView record = fixtures.record(fixtures.staff(north), SupportFixtures.input(cooperative, north,
                LocalDate.of(2025, 3, 1), "2", SupportForm.CONSULTING));
        String changed = body(association, north, "2025-03-02", "4").replace("}", ", \"version\": 0}");

        mvc.perform(json(put("/api/v1/support/records/" + record.id()).with(as(northStaff)),
                        body(association, north, "2025-03-02", "4")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(put("/api/v1/support/records/" + record.id()).with(as(northStaff)), changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationId").value(association.id()))
                .andExpect(jsonPath("$.hours").value(4))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/support/records/" + record.id()).with(as(northStaff)), changed))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/support/records/" + record.id() + "?version=0").with(as(northStaff)))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/support/records/" + record.id() + "?version=1").with(as(northStaff)))
                .andExpect(status().isNoContent());
        assertThat(count()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'SupportRecord'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aPesRepresentativeReadsOnlyTheirOwnHistoryAndWritesNothing() throws Exception {
        SupportView own = fixtures.record(cooperative, north, LocalDate.of(2025, 1, 5), "2", SupportForm.CONSULTING);
        fixtures.record(cooperative, south, LocalDate.of(2025, 1, 6), "1", SupportForm.MENTORING);
        SupportView other = fixtures.record(association, north, LocalDate.of(2025, 1, 7), "2", SupportForm.CONSULTING);
        UserView representative = fixtures.member(cooperative);

        mvc.perform(get("/api/v1/support/records").with(as(representative)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[*].organisationId").value(containsInAnyOrder(
                        (int) cooperative.id(), (int) cooperative.id())));
        mvc.perform(get("/api/v1/support/records?organisationId=" + association.id()).with(as(representative)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/support/records/" + own.id()).with(as(representative))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/support/records/" + other.id()).with(as(representative)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/support/records").with(as(representative)),
                        body(cooperative, north, "2025-02-10", "2")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/support/records/" + own.id()).with(as(representative)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListFiltersByOwesAdviserDaysFormAndTopic() throws Exception {
        fixtures.record(cooperative, north, LocalDate.of(2025, 1, 1), "2", SupportForm.CONSULTING);
        fixtures.record(cooperative, north, LocalDate.of(2025, 3, 31), "1", SupportForm.CONSULTING);
        fixtures.record(association, south, LocalDate.of(2025, 4, 1), "3", SupportForm.TRAINING);
        UserView admin = fixtures.admin();

        mvc.perform(get("/api/v1/support/records?from=2025-01-01&to=2025-03-31").with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/support/records?owesId=" + south.id()).with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/support/records?form=TRAINING&topic=LEGAL&adviser=kowal").with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/support/records?adviser=Nowak").with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/support/records?size=1&page=1").with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(3)).andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.content[0].date").value("2025-03-31"));
        mvc.perform(get("/api/v1/support/records?from=31.13.2025").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void supportedPesCountsDistinctPesFromRecordsAndEventsWithinThePeriod() throws Exception {
        OrganisationView third = fixtures.pes("Fundacja Trzecia");
        OrganisationView office = fixtures.jst("Urząd Gminy Pruszcz");
        fixtures.record(cooperative, north, LocalDate.of(2025, 1, 1), "2", SupportForm.CONSULTING);
        fixtures.record(cooperative, north, LocalDate.of(2025, 3, 31), "2", SupportForm.MENTORING);
        fixtures.record(association, north, LocalDate.of(2024, 12, 31), "2", SupportForm.CONSULTING);
        fixtures.record(association, north, LocalDate.of(2025, 4, 1), "2", SupportForm.CONSULTING);
        fixtures.record(association, south, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);
        fixtures.attended(north, third, LocalDate.of(2025, 2, 14));
        fixtures.attended(north, cooperative, LocalDate.of(2025, 2, 15));
        fixtures.attended(north, office, LocalDate.of(2025, 2, 16));

        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1&owesId=" + north.id())
                        .with(as(fixtures.user(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025Q1"))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-03-31"))
                .andExpect(jsonPath("$.owesId").value(north.id()))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.fromSupport").value(1))
                .andExpect(jsonPath("$.fromEvents").value(2))
                .andExpect(jsonPath("$.organisations[*].name").value(containsInAnyOrder("Fundacja Trzecia",
                        "Spółdzielnia Socjalna Razem")));
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(fixtures.user(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.fromSupport").value(2))
                .andExpect(jsonPath("$.organisations[*].name").value(containsInAnyOrder("Fundacja Trzecia",
                        "Spółdzielnia Socjalna Razem", "Stowarzyszenie Na Rzecz Wsi")));
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q5").with(as(northStaff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(fixtures.member(cooperative))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(fixtures.user(Role.PARTNER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/support/records").with(as(fixtures.user(Role.COMMITTEE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOwesAdviserReadsTheSupportedPesOfTheirOwnOwesWhateverOwesTheyAskFor() throws Exception {
        fixtures.record(cooperative, north, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);
        fixtures.record(association, south, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);
        UserView southStaff = fixtures.staff(south);

        for (String asked : new String[] {"&owesId=" + north.id(), "", "&owesId=999999"}) {
            mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1" + asked).with(as(southStaff)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.owesId").value(south.id()))
                    .andExpect(jsonPath("$.count").value(1))
                    .andExpect(jsonPath("$.organisations[*].name").value(containsInAnyOrder(
                            "Stowarzyszenie Na Rzecz Wsi")));
        }
    }

    @Test
    void theCommitteeReadsTheCountsWithoutTheNamesOfThePes() throws Exception {
        fixtures.record(cooperative, north, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);
        fixtures.record(association, south, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);

        String answer = mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1&owesId=" + north.id())
                        .with(as(fixtures.user(Role.COMMITTEE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owesId").value(north.id()))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.organisations").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).doesNotContain("Spółdzielnia", "Stowarzyszenie", String.valueOf(cooperative.id()) + ",");
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(fixtures.user(Role.COMMITTEE))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.organisations").doesNotExist());
    }

    @Test
    void theStaffOfAClosedOwesAndAnOwesAccountWithoutOneReadNoSupportedPes() throws Exception {
        fixtures.record(cooperative, north, LocalDate.of(2025, 2, 1), "2", SupportForm.CONSULTING);
        fixtures.close(north);

        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(northStaff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/support/supported-pes?period=2025Q1").with(as(fixtures.user(Role.OWES))))
                .andExpect(status().isForbidden());
    }
}
