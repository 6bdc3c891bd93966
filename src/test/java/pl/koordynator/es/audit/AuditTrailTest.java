package pl.koordynator.es.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

class AuditTrailTest extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void updateKeepsOnlyTheFieldsThatChangedWithOldAndNewValues() {
        transaction.executeWithoutResult(status -> audit.updated("Organisation", 42,
                Map.of("name", "Spółdzielnia A", "employees", 5, "town", "Gdańsk"),
                Map.of("name", "Spółdzielnia B", "employees", 5L, "town", "Gdańsk")));

        AuditEntry entry = audit.find(AuditQuery.forRecord("Organisation", 42), new Paging(0, 10)).items().get(0);
        assertThat(entry.action()).isEqualTo(AuditEntry.Action.UPDATE);
        assertThat(entry.actor()).isEqualTo("system");
        assertThat(entry.changes()).containsOnlyKeys("name");
        assertThat(entry.changes().get("name"))
                .isEqualTo(new AuditEntry.FieldChange("Spółdzielnia A", "Spółdzielnia B"));
    }

    @Test
    void updateThatChangesNothingLeavesNoEntry() {
        transaction.executeWithoutResult(status -> audit.updated("Organisation", 7, Map.of("name", "X"),
                Map.of("name", "X")));
        assertThat(audit.find(AuditQuery.forRecord("Organisation", 7), new Paging(0, 10)).total()).isZero();
    }

    @Test
    void deleteRecordsTheLastState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", "Koło Gospodyń Wiejskich");
        state.put("krs", null);
        transaction.executeWithoutResult(status -> audit.deleted("Organisation", 9, state));
        AuditEntry entry = audit.find(AuditQuery.forRecord("Organisation", 9), new Paging(0, 10)).items().get(0);
        assertThat(entry.action()).isEqualTo(AuditEntry.Action.DELETE);
        assertThat(entry.changes().get("name").oldValue()).isEqualTo("Koło Gospodyń Wiejskich");
        assertThat(entry.changes().get("name").newValue()).isNull();
    }

    @Test
    void entryIsWrittenOnlyWithTheChangeItDescribes() {
        assertThatThrownBy(() -> audit.created("Organisation", 1, Map.of("name", "X")))
                .isInstanceOf(IllegalTransactionStateException.class);
        transaction.executeWithoutResult(status -> {
            audit.created("Organisation", 1, Map.of("name", "X"));
            status.setRollbackOnly();
        });
        assertThat(audit.find(AuditQuery.forRecord("Organisation", 1), new Paging(0, 10)).total()).isZero();
    }

    @Test
    void adminFiltersTheTrailOnItsPage() throws Exception {
        transaction.executeWithoutResult(status -> {
            audit.created("Organisation", 1, Map.of("name", "Pierwsza"));
            audit.created("Event", 2, Map.of("title", "Targi ES"));
        });
        mvc.perform(get("/admin/audit").param("entityType", "Event").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Targi ES")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Pierwsza"))))
                .andExpect(content().string(containsString("Wpisów: 1")));
    }

    @Test
    void emptyTrailSaysSoOnceAndNothingFollowsThePage() throws Exception {
        String page = mvc.perform(get("/admin/audit").param("entityType", "Nothing").with(users.as(Role.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("Brak wpisów spełniających kryteria.", -1)).hasSize(2);
        assertThat(page.strip()).endsWith("</html>");
    }
}
