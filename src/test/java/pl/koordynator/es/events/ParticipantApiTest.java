package pl.koordynator.es.events;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ParticipantApiTest extends IntegrationTest {

    @Autowired
    ParticipantFixtures fixtures;

    OrganisationView north;
    UserView staff;
    long event;
    long anna;
    long bartek;
    long cezary;

    @BeforeEach
    void meetingOfToday() {
        north = fixtures.owes("OWES Północ");
        staff = fixtures.staff(north);
        event = fixtures.event(north, "Spotkanie sieci PES", ParticipantFixtures.day(0, 8), 4, 2);
        anna = fixtures.register(event, "Anna Kowalska", "anna@example.org", "Spółdzielnia „Razem”", "Pętla indukcyjna",
                RegistrationStatus.CONFIRMED);
        bartek = fixtures.register(event, "Bartek Nowak", "bartek@example.org", RegistrationStatus.CONFIRMED);
        cezary = fixtures.register(event, "Cezary Wiśniewski", "cezary@example.org", RegistrationStatus.WAITLISTED);
    }

    @Test
    void theOrganiserReadsEveryRegistrationWithoutTheSecretToken() throws Exception {
        String json = mvc.perform(get("/api/v1/events/" + event + "/registrations").with(fixtures.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value(anna))
                .andExpect(jsonPath("$[0].name").value("Anna Kowalska"))
                .andExpect(jsonPath("$[0].email").value("anna@example.org"))
                .andExpect(jsonPath("$[0].organisationName").value("Spółdzielnia „Razem”"))
                .andExpect(jsonPath("$[0].accessibilityNeeds").value("Pętla indukcyjna"))
                .andExpect(jsonPath("$[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$[0].attended").value(false))
                .andExpect(jsonPath("$[0].registeredAt").isNotEmpty())
                .andExpect(jsonPath("$[2].status").value("WAITLISTED"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("token", fixtures.token(anna).toString());
    }

    @Test
    void attendanceIsMarkedForSeveralPeopleAtOnceAndRemovedAgain() throws Exception {
        mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationIds\":[" + anna + "," + bartek + "],\"attended\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].attended").value(true))
                .andExpect(jsonPath("$[1].attended").value(true))
                .andExpect(jsonPath("$[2].attended").value(false));
        assertThat(fixtures.isAttended(anna)).isTrue();
        assertThat(fixtures.auditEntries(bartek)).isEqualTo(1);

        mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(fixtures.admin()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationIds\":[" + anna + "],\"attended\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].attended").value(false));
        assertThat(fixtures.isAttended(anna)).isFalse();
        assertThat(fixtures.isAttended(bartek)).isTrue();
    }

    @Test
    void aRegistrationOfAnotherEventOrNotConfirmedChangesNothing() throws Exception {
        long other = fixtures.event(north, "Inne", ParticipantFixtures.day(0, 8), 2, null);
        long stranger = fixtures.register(other, "Obcy", "obcy@example.org", RegistrationStatus.CONFIRMED);

        for (long wrong : new long[] {stranger, cezary, 999999}) {
            mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(staff))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"registrationIds\":[" + anna + "," + wrong + "],\"attended\":true}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("registrationIds")));
        }
        mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"registrationIds\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("registrationIds")));
        mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"registrationIds\":[" + anna + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("attended")));
        assertThat(fixtures.isAttended(anna)).isFalse();
        assertThat(fixtures.isAttended(stranger)).isFalse();
        assertThat(fixtures.auditEntries(anna)).isZero();
    }

    @Test
    void beforeTheStartDayAttendanceIsAConflict() throws Exception {
        long later = fixtures.event(north, "Konferencja za tydzień", ParticipantFixtures.day(7, 10), 5, null);
        long jan = fixtures.register(later, "Jan Kos", "jan@example.org", RegistrationStatus.CONFIRMED);
        mvc.perform(put("/api/v1/events/" + later + "/attendance").with(fixtures.as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"registrationIds\":[" + jan + "],\"attended\":true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("od dnia rozpoczęcia")));
        assertThat(fixtures.isAttended(jan)).isFalse();
    }

    @Test
    void anotherOwesAndOtherRolesAreRefused() throws Exception {
        UserView south = fixtures.staff(fixtures.owes("OWES Południe"));
        String body = "{\"registrationIds\":[" + anna + "],\"attended\":true}";
        mvc.perform(get("/api/v1/events/" + event + "/registrations").with(fixtures.as(south)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/events/" + event + "/attendance").with(fixtures.as(south))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/" + event + "/registrations").with(users.as(Role.PES)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/" + event + "/registrations")).andExpect(status().isUnauthorized());
        assertThat(fixtures.isAttended(anna)).isFalse();
    }
}
