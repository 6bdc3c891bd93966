package pl.koordynator.es.publicservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.GDANSK;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.KARTUZY;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.NIP;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.task;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/** Public tasks: written by ROPS or the JST's partner account, checked, audited, listed and filtered. */
class PublicTaskServiceTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    @Autowired
    PublicTasks tasks;

    private static PublicTaskInput with(PublicTaskInput t, LocalDate callDate, LocalDate deadline, String amount,
            Long winnerId, String winnerName, String winnerNip, LocalDate start, LocalDate end) {
        return new PublicTaskInput(t.jstId(), t.callTitle(), t.callNumber(), t.area(), callDate, deadline,
                amount == null ? null : new BigDecimal(amount), winnerId, winnerName, winnerNip, start, end);
    }

    @Test
    void aTaskIsWrittenByItsJstWithTheWinnerFromTheRegisterAndAudited() {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        OrganisationView pes = fixtures.pes("Stowarzyszenie Pomocy", GDANSK, NIP, false);
        UserView partner = fixtures.partner(gdansk);
        LocalDate today = RegionDate.today();
        PublicTaskView created = fixtures.as(partner, () -> tasks.create(task(gdansk.id(), "Opieka wytchnieniowa")));
        assertThat(created.jstName()).isEqualTo("Gmina Miasta Gdańska");
        assertThat(created.jstGminaTeryt()).isEqualTo(GDANSK);
        assertThat(tasks.openCalls()).extracting(PublicTaskView::id).containsExactly(created.id());

        PublicTaskView won = fixtures.as(partner, () -> tasks.update(created.id(), created.version(),
                with(task(gdansk.id(), "Opieka wytchnieniowa"), today.minusDays(40), today.minusDays(10), "48000",
                        pes.id(), null, null, today, today.plusMonths(6))));
        assertThat(won.winnerName()).isEqualTo("Stowarzyszenie Pomocy");
        assertThat(won.winnerNip()).isEqualTo(NIP);
        assertThat(won.winnerPes()).isTrue();
        assertThat(tasks.openCalls()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(partner, () -> tasks.update(created.id(), created.version(),
                task(gdansk.id(), "Stara wersja")))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixtures.as(partner, () -> tasks.create(task(kartuzy.id(), "Cudze"))))
                .isInstanceOf(AccessDeniedException.class);

        PublicTaskView other = fixtures.createdTask(task(kartuzy.id(), "Dożywianie dzieci"));
        assertThat(tasks.tasks(new PublicTaskQuery(null, null, null, null, null, pes.id()), new Paging(0, 10))
                .items()).extracting(PublicTaskView::id).containsExactly(won.id());
        assertThat(tasks.tasks(new PublicTaskQuery("dożywianie", null, null, null, null, null), new Paging(0, 10))
                .items()).extracting(PublicTaskView::id).containsExactly(other.id());
        assertThat(tasks.tasks(new PublicTaskQuery(null, null, null, null, true, null), new Paging(0, 10))
                .items()).extracting(PublicTaskView::id).containsExactly(other.id());
        assertThat(tasks.tasks(PublicTaskQuery.all(), new Paging(0, 10)).total()).isEqualTo(2);
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'PublicTask' order by id")
                .query(String.class).list()).containsExactly("CREATE", "UPDATE", "CREATE");
    }

    @Test
    void badValuesOfATaskAreRefusedNamingTheField() {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView pes = fixtures.organisation("Fundacja Nie-JST", Kind.NGO, GDANSK, null, false);
        UserView admin = fixtures.admin();
        LocalDate today = RegionDate.today();
        PublicTaskInput base = task(gdansk.id(), "Aktywizacja seniorów");
        refused(admin, task(pes.id(), "Zły zlecający"), "jstId");
        refused(admin, with(base, today, today.minusDays(1), "100", null, null, null, null, null), "offerDeadline");
        refused(admin, with(base, today, null, "-1", null, null, null, null, null), "amount");
        refused(admin, with(base, today, null, "100", null, "Fundacja", "1234567890", null, null), "winnerNip");
        refused(admin, with(base, today, null, "100", 999999L, null, null, null, null), "winnerId");
        refused(admin, with(base, today, null, "100", null, "Fundacja", null, today, today.minusDays(1)),
                "periodEnd");
    }

    private void refused(UserView admin, PublicTaskInput input, String field) {
        assertThatThrownBy(() -> fixtures.as(admin, () -> tasks.create(input)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).contains(field));
        assertThat(jdbc.sql("select count(*) from publicservices_public_task").query(Long.class).single()).isZero();
    }

    @Test
    void theApiWritesAndReadsTasks() throws Exception {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        UserView partner = fixtures.partner(gdansk);
        String today = RegionDate.today().toString();
        String body = """
                {"jstId": %d, "callTitle": "Klub seniora", "area": "SENIORS", "callDate": "%s",
                 "offerDeadline": "%s", "amount": 30000}""";
        mvc.perform(post("/api/v1/public-tasks").with(user(users.principal(partner)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(gdansk.id(), today, RegionDate.today().minusDays(2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("offerDeadline")));
        String created = mvc.perform(post("/api/v1/public-tasks").with(user(users.principal(partner)))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(gdansk.id(), today, today)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/public-tasks").param("area", "SENIORS").with(user(users.principal(partner))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(put("/api/v1/public-tasks/" + id).param("version", "3").with(user(users.principal(partner)))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(gdansk.id(), today, today)))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/public-tasks/" + id).with(user(users.principal(partner))))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from publicservices_public_task").query(Long.class).single()).isZero();
    }
}
