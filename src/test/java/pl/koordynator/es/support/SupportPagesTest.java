package pl.koordynator.es.support;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.domain.SupportView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SupportPagesTest extends IntegrationTest {

    @Autowired
    SupportFixtures fixtures;

    private OrganisationView north;
    private OrganisationView south;
    private OrganisationView cooperative;
    private UserView northStaff;

    @BeforeEach
    void organisations() {
        north = fixtures.owes("OWES Pomorze Północne");
        south = fixtures.owes("OWES Pomorze Południowe");
        cooperative = fixtures.pes("Spółdzielnia Socjalna Razem");
        northStaff = fixtures.staff(north);
    }

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    @Test
    void anOwesAdviserSavesTheFormWithPolishDateAndDecimalCommaForTheirOwnOwes() throws Exception {
        mvc.perform(get("/support/new").with(as(northStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("OWES Pomorze Północne"),
                        containsString("role=\"combobox\""), not(containsString("OWES Pomorze Południowe")))));
        mvc.perform(post("/support").with(as(northStaff)).with(csrf())
                        .param("organisationId", String.valueOf(cooperative.id()))
                        .param("owesId", String.valueOf(north.id())).param("adviser", "Anna Kowalska")
                        .param("date", "14.02.2025").param("hours", "1,5").param("form", "CONSULTING")
                        .param("topic", "LEGAL").param("notes", "Statut."))
                .andExpect(redirectedUrl("/support/pes/" + cooperative.id()));
        assertThat(jdbc.sql("select hours from support_record where support_date = date '2025-02-14' and owes_id = "
                + north.id()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1.5");
    }

    @Test
    void aFormWithErrorsShowsEachBesideItsFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/support").with(as(northStaff)).with(csrf())
                        .param("organisationId", "").param("adviser", "").param("date", "31.02.2025")
                        .param("hours", "25").param("form", "").param("topic", "LEGAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wybierz podmiot ekonomii społecznej."),
                        containsString("Podaj doradcę."), containsString("Podaj datę w formacie dd.mm.rrrr."),
                        containsString("Liczba godzin musi być większa od 0 i nie większa niż 24."),
                        containsString("Wybierz formę wsparcia."), containsString("id=\"hours-error\""))));
        mvc.perform(post("/support").with(as(northStaff)).with(csrf())
                        .param("organisationId", String.valueOf(cooperative.id()))
                        .param("owesId", String.valueOf(south.id())).param("adviser", "Anna Kowalska")
                        .param("date", "14.02.2025").param("hours", "2").param("form", "CONSULTING")
                        .param("topic", "LEGAL"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from support_record").query(Long.class).single()).isZero();
    }

    @Test
    void theListShowsTotalsOfTheFilterAndExportsTheSameRows() throws Exception {
        fixtures.record(cooperative, north, LocalDate.of(2025, 1, 10), "2.5", SupportForm.CONSULTING);
        fixtures.record(cooperative, north, LocalDate.of(2025, 2, 10), "1", SupportForm.MENTORING);
        fixtures.record(cooperative, south, LocalDate.of(2025, 2, 11), "7", SupportForm.TRAINING);

        mvc.perform(get("/support").with(as(northStaff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Liczba rekordów: 2"),
                        containsString("Suma godzin: 3,5"), not(containsString("OWES Pomorze Południowe")))));
        mvc.perform(get("/support?form=MENTORING&from=01.02.2025").with(as(fixtures.admin())))
                .andExpect(content().string(allOf(containsString("Liczba rekordów: 1"),
                        containsString("Suma godzin: 1"))));
        mvc.perform(get("/support?from=1.2.25x").with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"from-error\"")));

        byte[] xlsx = mvc.perform(get("/support/export.xlsx?form=CONSULTING").with(as(fixtures.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            java.util.List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Spółdzielnia Socjalna Razem");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("doradztwo");
            assertThat(rows.get(1).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2.5");
            assertThat(rows.get(2).getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2.5");
        }
    }

    @Test
    void aPesRepresentativeIsTakenToTheirHistoryWithHoursByFormAndTopicAndSeesNoOtherPes() throws Exception {
        OrganisationView other = fixtures.pes("Fundacja Inna");
        fixtures.record(cooperative, north, LocalDate.of(2025, 1, 10), "2", SupportForm.CONSULTING);
        fixtures.record(cooperative, south, LocalDate.of(2025, 1, 11), "3", SupportForm.CONSULTING);
        fixtures.record(other, north, LocalDate.of(2025, 1, 12), "4", SupportForm.TRAINING);
        UserView representative = fixtures.member(cooperative);

        mvc.perform(get("/support").with(as(representative)))
                .andExpect(redirectedUrl("/support/pes/" + cooperative.id()));
        mvc.perform(get("/support/pes/" + cooperative.id()).with(as(representative)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Historia wsparcia: Spółdzielnia Socjalna Razem"),
                        containsString("Liczba rekordów: 2"), containsString("Suma godzin: 5"),
                        containsString("OWES Pomorze Południowe"), not(containsString("Dodaj wsparcie")),
                        not(containsString("/edit")))));
        mvc.perform(get("/support/pes/" + other.id()).with(as(representative))).andExpect(status().isForbidden());
        mvc.perform(get("/support/new").with(as(representative))).andExpect(status().isForbidden());
    }

    @Test
    void anOwesAdviserEditsAndDeletesAfterConfirmationOnlyTheirOwnRecords() throws Exception {
        SupportView own = fixtures.record(cooperative, north, LocalDate.of(2025, 1, 10), "2", SupportForm.CONSULTING);
        SupportView southern = fixtures.record(cooperative, south, LocalDate.of(2025, 1, 11), "3",
                SupportForm.CONSULTING);

        mvc.perform(get("/support/" + own.id() + "/edit").with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("value=\"10.01.2025\""),
                        containsString("value=\"2\""))));
        mvc.perform(post("/support/" + own.id()).with(as(northStaff)).with(csrf())
                        .param("organisationId", String.valueOf(cooperative.id())).param("adviser", "Anna Nowak")
                        .param("date", "11.01.2025").param("hours", "2,25").param("form", "MENTORING")
                        .param("topic", "MARKETING").param("version", "0"))
                .andExpect(redirectedUrl("/support/pes/" + cooperative.id()));
        mvc.perform(post("/support/" + own.id()).with(as(northStaff)).with(csrf())
                        .param("organisationId", String.valueOf(cooperative.id())).param("adviser", "Anna Nowak")
                        .param("date", "11.01.2025").param("hours", "3").param("form", "MENTORING")
                        .param("topic", "MARKETING").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("zmieniony przez kogoś innego")));
        mvc.perform(get("/support/" + southern.id() + "/edit").with(as(northStaff))).andExpect(status().isForbidden());
        mvc.perform(get("/support/" + southern.id() + "/delete").with(as(northStaff))).andExpect(status().isForbidden());
        mvc.perform(post("/support/" + southern.id() + "/delete").with(as(northStaff)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/support/" + own.id() + "/delete").with(as(northStaff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Czy na pewno usunąć")));
        mvc.perform(post("/support/" + own.id() + "/delete").with(as(northStaff)).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl("/support/pes/" + cooperative.id()));
        assertThat(jdbc.sql("select count(*) from support_record").query(Long.class).single()).isOne();
    }
}
