package pl.koordynator.es.events;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ParticipantPagesTest extends IntegrationTest {

    @Autowired
    ParticipantFixtures fixtures;

    OrganisationView north;
    UserView staff;
    long event;
    long anna;
    long bartek;
    long cezary;
    long dorota;
    long ewa;

    @BeforeEach
    void workshopOfToday() {
        north = fixtures.owes("OWES Północ");
        staff = fixtures.staff(north);
        event = fixtures.event(north, "Warsztaty z zamówień społecznych", ParticipantFixtures.day(0, 9), 6, 2);
        anna = fixtures.register(event, "Anna Kowalska", "anna@example.org", "Spółdzielnia Socjalna „Razem”",
                "Tłumacz polskiego języka migowego", RegistrationStatus.CONFIRMED);
        bartek = fixtures.register(event, "Bartek Nowak", "bartek@example.org", RegistrationStatus.CONFIRMED);
        cezary = fixtures.register(event, "Cezary Wiśniewski", "cezary@example.org", RegistrationStatus.WAITLISTED);
        dorota = fixtures.register(event, "Dorota Zielińska", "dorota@example.org", RegistrationStatus.WAITLISTED);
        ewa = fixtures.register(event, "Ewa Lis", "ewa@example.org", RegistrationStatus.CANCELLED);
    }

    @Test
    void theOrganiserSeesConfirmedWaitingInOrderAndCancelledWithTheNeedsHighlighted() throws Exception {
        String page = mvc.perform(get("/events/" + event + "/participants").with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Anna Kowalska", "anna@example.org", "Spółdzielnia Socjalna „Razem”",
                "Tłumacz polskiego języka migowego", "Potwierdzone (2)", "Lista rezerwowa (2)", "Anulowane (1)",
                "2 / 2", "Ewa Lis");
        assertThat(page).contains("bg-warning-subtle");
        assertThat(page.indexOf("Cezary Wiśniewski")).isLessThan(page.indexOf("Dorota Zielińska"));
        assertThat(page).containsPattern("<td>1</td>\\s*<td><span class=\"fw-semibold\">Cezary");
        assertThat(page).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        assertThat(page).doesNotContain(fixtures.token(anna).toString());
        assertThat(page).contains("/events/" + event + "/participants/" + anna + "/attendance");
        // people on the waiting list and those who cancelled get no check-in button
        assertThat(page).doesNotContain("/participants/" + cezary + "/attendance", "/participants/" + ewa + "/attendance");
    }

    @Test
    void oneClickMarksAPersonPresentAndHtmxGetsJustTheirRowBack() throws Exception {
        String row = mvc.perform(post("/events/" + event + "/participants/" + anna + "/attendance")
                        .with(fixtures.as(staff)).with(csrf()).header("HX-Request", "true").param("attended", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(row.strip()).startsWith("<tr").contains("participant-" + anna, "Cofnij", "text-bg-success")
                .doesNotContain("<html", "Bartek");
        assertThat(fixtures.isAttended(anna)).isTrue();
        assertThat(fixtures.auditEntries(anna)).isEqualTo(1);

        mvc.perform(post("/events/" + event + "/participants/" + anna + "/attendance").with(fixtures.as(staff))
                        .with(csrf()).header("HX-Request", "true").param("attended", "false"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Obecny/a")))
                .andExpect(content().string(not(containsString("Cofnij"))));
        assertThat(fixtures.isAttended(anna)).isFalse();
        assertThat(fixtures.auditEntries(anna)).isEqualTo(2);
    }

    @Test
    void withoutJavascriptTheFormPostsAndThePageComesBack() throws Exception {
        mvc.perform(post("/events/" + event + "/participants/" + bartek + "/attendance").with(fixtures.as(staff))
                        .with(csrf()).param("attended", "true"))
                .andExpect(redirectedUrl("/events/" + event + "/participants#participant-" + bartek));
        assertThat(fixtures.isAttended(bartek)).isTrue();
        mvc.perform(get("/events/" + event + "/participants").with(fixtures.as(staff)))
                .andExpect(content().string(containsString("<span>Obecni</span>: <strong>1</strong>")));
    }

    @Test
    void onlyConfirmedPeopleCanBeMarked() throws Exception {
        mvc.perform(post("/events/" + event + "/participants/" + cezary + "/attendance").with(fixtures.as(staff))
                        .with(csrf()).param("attended", "true"))
                .andExpect(flash().attribute("error", "participants.attendance.ids.notConfirmed"));
        long other = fixtures.event(north, "Inne wydarzenie", ParticipantFixtures.day(0, 9), 2, null);
        long stranger = fixtures.register(other, "Obcy Gość", "obcy@example.org", RegistrationStatus.CONFIRMED);
        mvc.perform(post("/events/" + event + "/participants/" + stranger + "/attendance").with(fixtures.as(staff))
                        .with(csrf()).param("attended", "true"))
                .andExpect(flash().attribute("error", "participants.attendance.ids.otherEvent"));
        assertThat(fixtures.isAttended(cezary)).isFalse();
        assertThat(fixtures.isAttended(stranger)).isFalse();
    }

    @Test
    void attendanceCannotBeMarkedBeforeTheStartDay() throws Exception {
        long tomorrow = fixtures.event(north, "Seminarium jutro", ParticipantFixtures.day(1, 9), 3, null);
        long jan = fixtures.register(tomorrow, "Jan Kos", "jan@example.org", RegistrationStatus.CONFIRMED);

        mvc.perform(get("/events/" + tomorrow + "/participants").with(fixtures.as(staff)))
                .andExpect(content().string(containsString("Obecność można zaznaczać od dnia rozpoczęcia wydarzenia ("
                        + java.time.LocalDate.now(ParticipantFixtures.WARSAW).plusDays(1)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")")))
                .andExpect(content().string(not(containsString("/participants/" + jan + "/attendance"))));
        mvc.perform(post("/events/" + tomorrow + "/participants/" + jan + "/attendance").with(fixtures.as(staff))
                        .with(csrf()).header("HX-Request", "true").param("attended", "true"))
                .andExpect(content().string(containsString("dopiero od dnia rozpoczęcia wydarzenia")));
        assertThat(fixtures.isAttended(jan)).isFalse();
        assertThat(fixtures.auditEntries(jan)).isZero();
    }

    @Test
    void anotherOwesAndOtherRolesAreRefusedEverywhereAndRopsIsLetIn() throws Exception {
        UserView southStaff = fixtures.staff(fixtures.owes("OWES Południe"));
        fixtures.attended(anna);
        List<String> pages = List.of("/events/" + event + "/participants", "/events/" + event + "/participants.xlsx",
                "/events/" + event + "/certificates.pdf",
                "/events/" + event + "/participants/" + anna + "/certificate.pdf", "/events/" + event + "/evaluation");
        for (String page : pages) {
            mvc.perform(get(page).with(fixtures.as(southStaff))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(users.as(Role.PES))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
            mvc.perform(get(page).with(fixtures.as(fixtures.admin()))).andExpect(status().isOk());
        }
        mvc.perform(post("/events/" + event + "/participants/" + bartek + "/attendance").with(fixtures.as(southStaff))
                .with(csrf()).param("attended", "true")).andExpect(status().isForbidden());
        assertThat(fixtures.isAttended(bartek)).isFalse();
    }

    @Test
    void theXlsxListsEveryRegistrationWithStatusAttendanceAndADateCell() throws Exception {
        fixtures.attended(anna);
        byte[] xlsx = mvc.perform(get("/events/" + event + "/participants.xlsx").with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            java.util.Map<Integer, Row> rows = new java.util.HashMap<>();
            workbook.getFirstSheet().read().forEach(row -> rows.put(row.getRowNum() - 1, row));
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Warsztaty z zamówień społecznych");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Imię i nazwisko");
            assertThat(rows).hasSize(7);
            Row first = rows.get(3);
            assertThat(first.getCellText(0)).isEqualTo("Anna Kowalska");
            assertThat(first.getCellText(2)).isEqualTo("Spółdzielnia Socjalna „Razem”");
            assertThat(first.getCellText(3)).isEqualTo("Tłumacz polskiego języka migowego");
            assertThat(first.getCellText(4)).isEqualTo("Potwierdzone");
            assertThat(first.getCellAsDate(5)).get().isInstanceOf(LocalDateTime.class);
            assertThat(first.getCellAsDate(5).get().toLocalDate())
                    .isEqualTo(java.time.LocalDate.now(ParticipantFixtures.WARSAW).minusDays(20));
            assertThat(first.getCellText(6)).isEqualTo("Tak");
            assertThat(rows.get(4).getCellText(6)).isEqualTo("Nie");
            assertThat(rows.get(5).getCellText(4)).isEqualTo("Lista rezerwowa");
            assertThat(rows.get(7).getCellText(0)).isEqualTo("Ewa Lis");
            assertThat(rows.get(7).getCellText(4)).isEqualTo("Anulowane");
        }
    }
}
