package pl.koordynator.es.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    void yearsOfEntriesAreCountedUpToTheCapAndThePageSaysMoreThan() throws Exception {
        // 1,120 entries of one type: more than the 1,000 a page of 50 counts, fewer than 2,000
        jdbc.sql("""
                insert into audit_entry (actor, action, entity_type, entity_id, changes)
                select 'admin', 'UPDATE', 'Organisation', i::text, '{"status": {"old": "DRAFT", "new": "ACTIVE"}}'
                from generate_series(1, 1120) i""").update();
        olderEntry("Event", "7", "{}");

        var first = audit.find(new AuditQuery("Organisation", null, null, null, null, null), new Paging(0, 50));
        assertThat(first.total()).isEqualTo(1000);
        assertThat(first.totalExact()).isFalse();
        assertThat(first.items()).hasSize(50);
        assertThat(first.hasNext()).isTrue();
        // paging deep counts past the page after it, so the end is found and exact
        var last = audit.find(new AuditQuery("Organisation", null, null, null, null, null), new Paging(22, 50));
        assertThat(last.totalExact()).isTrue();
        assertThat(last.total()).isEqualTo(1120);
        assertThat(last.items()).hasSize(20);
        assertThat(last.hasNext()).isFalse();
        // a type with few entries keeps its exact count
        assertThat(audit.find(new AuditQuery("Event", null, null, null, null, null), new Paging(0, 50)).total())
                .isEqualTo(1);
        assertThat(audit.entityTypes()).containsExactly("Event", "Organisation");

        mvc.perform(get("/admin/audit").param("entityType", "Organisation").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Wpisów: ponad 1\u00a0000")));
        mvc.perform(get("/admin/audit").param("entityType", "Organisation").param("lang", "en")
                        .with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("Entries: more than 1\u00a0000")));
    }

    @Test
    void emptyTrailSaysSoOnceAndNothingFollowsThePage() throws Exception {
        String page = mvc.perform(get("/admin/audit").param("entityType", "Nothing").with(users.as(Role.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("Brak wpisów spełniających kryteria.", -1)).hasSize(2);
        assertThat(page.strip()).endsWith("</html>");
    }

    @Test
    void aPersonalFieldIsRecordedAsChangedWithoutItsValues() throws Exception {
        transaction.executeWithoutResult(status -> audit.updated("ContactPerson", 31,
                Map.of("name", Personal.of("Anna Kowalska"), "function", "Prezes"),
                Map.of("name", Personal.of("Anna Nowak"), "function", "Skarbnik")));

        AuditEntry entry = audit.find(AuditQuery.forRecord("ContactPerson", 31), new Paging(0, 10)).items().get(0);
        assertThat(entry.changes().get("name")).isEqualTo(AuditEntry.FieldChange.personalData());
        assertThat(entry.changes().get("function")).isEqualTo(new AuditEntry.FieldChange("Prezes", "Skarbnik"));
        assertThat(storedChanges()).doesNotContain("Anna").contains("Skarbnik");
        mvc.perform(get("/admin/audit").param("entityType", "ContactPerson").with(users.as(Role.ADMIN)))
                .andExpect(content().string(containsString("zmieniono (dane osobowe)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Anna"))));
    }

    @Test
    void anUnchangedPersonalFieldLeavesNoEntry() {
        transaction.executeWithoutResult(status -> audit.updated("ContactPerson", 32,
                Map.of("name", Personal.of("Anna Nowak")), Map.of("name", Personal.of("Anna Nowak"))));
        assertThat(audit.find(AuditQuery.forRecord("ContactPerson", 32), new Paging(0, 10)).total()).isZero();
    }

    @Test
    void anEmailAddressIsNeverStoredEvenWhenTheCallerForgotToMarkIt() {
        transaction.executeWithoutResult(status -> audit.created("Organisation", 33,
                Map.of("email", "Biuro@Spoldzielnia-Razem.pl", "note", "pisać do jan.nowak@example.org", "town", "Słupsk")));

        AuditEntry entry = audit.find(AuditQuery.forRecord("Organisation", 33), new Paging(0, 10)).items().get(0);
        assertThat(entry.changes().get("email").personal()).isTrue();
        assertThat(entry.changes().get("note").personal()).isTrue();
        assertThat(entry.changes().get("town").newValue()).isEqualTo("Słupsk");
        assertThat(storedChanges()).doesNotContain("@");
    }

    @Test
    void erasureRemovesTheValuesFromEntriesWrittenBeforeFieldsWereMarkedPersonal() {
        olderEntry("EventRegistration", "41", """
                {"name": {"old": null, "new": "Anna Nowak"}, "email": {"old": null, "new": "ANNA.NOWAK@example.org"},
                 "status": {"old": null, "new": "CONFIRMED"}}""");
        olderEntry("ApiToken", "42", """
                {"owner": {"old": null, "new": "anna.nowak@example.org"}, "name": {"old": null, "new": "skrypt"}}""");
        olderEntry("Organisation", "43", """
                {"town": {"old": "Gdańsk", "new": "Gdynia"}, "name": {"old": "Anna", "new": "Anna i wspólnicy"}}""");

        Integer erased = transaction.execute(status -> audit.eraseValues(
                List.of("anna.nowak@example.org", "anna nowak", "Anna")));

        assertThat(erased).isEqualTo(2);
        String stored = storedChanges();
        assertThat(stored.toLowerCase()).doesNotContain("anna.nowak@example.org").doesNotContain("anna nowak");
        assertThat(stored).contains("CONFIRMED", "skrypt", "Gdynia", "Anna i wspólnicy");
        AuditEntry registration = audit.find(AuditQuery.forRecord("EventRegistration", 41), new Paging(0, 10))
                .items().get(0);
        assertThat(registration.changes().get("name").personal()).isTrue();
        assertThat(registration.changes().get("status").newValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void erasureOfARecordsPersonalFieldsReachesValuesItHeldEarlier() {
        olderEntry("ContactPerson", "51", """
                {"name": {"old": null, "new": "Anna Kowalska"}, "function": {"old": null, "new": "Prezes"}}""");
        olderEntry("ContactPerson", "51", """
                {"name": {"old": "Anna Kowalska", "new": "Anna Nowak"}}""");
        olderEntry("ContactPerson", "52", """
                {"name": {"old": null, "new": "Jan Kowalski"}}""");

        Integer erased = transaction.execute(status -> audit.erasePersonalFields("ContactPerson", 51,
                Set.of("name", "email", "phone")));

        assertThat(erased).isEqualTo(2);
        assertThat(storedChanges()).doesNotContain("Anna").contains("Prezes", "Jan Kowalski");
        Integer again = transaction.execute(status -> audit.erasePersonalFields("ContactPerson", 51, Set.of("name")));
        assertThat(again).as("a second erasure finds nothing left").isZero();
    }

    private void olderEntry(String entityType, String entityId, String changes) {
        jdbc.sql("""
                insert into audit_entry (actor, action, entity_type, entity_id, changes)
                values ('admin', 'CREATE', :type, :id, cast(:changes as jsonb))""")
                .param("type", entityType).param("id", entityId).param("changes", changes).update();
    }

    private String storedChanges() {
        return String.join("\n", jdbc.sql("select cast(changes as text) from audit_entry order by id")
                .query(String.class).list());
    }
}
