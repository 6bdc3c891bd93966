package pl.koordynator.es.faults;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.RegistryFixtures;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.AtOnce;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that check first and insert or change after, sent several at once: the first wins and
 * every other is told why (409 problem+json), never a 500, and the audit trail records one change.
 */
class ConcurrentWritesTest extends BearerApiTest {

    static final int AT_ONCE = 8;
    static final int ROUNDS = Integer.getInteger("races.rounds", 3);

    @Autowired
    RegistryFixtures registry;

    @Test
    void accountsOfOneNameCreatedAtOnceGiveOneAccountAndConflictsForTheRest() throws Exception {
        String admin = token(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        for (int round = 1; round <= ROUNDS; round++) {
            String body = """
                    {"username": "ewa.owes.%d", "displayName": "Ewa Nowak", "email": "ewa%d@owes.example",
                     "role": "OWES", "password": "Bezpieczne-Haslo-1"}""".formatted(round, round);
            List<HttpResponse<String>> answers = AtOnce.times(AT_ONCE,
                    () -> call(admin, "POST", "/api/v1/users", body));

            assertOneCreatedAndConflicts(answers, round);
            assertThat(jdbc.sql("select count(*) from user_account where username = :u")
                    .param("u", "ewa.owes." + round).query(Long.class).single()).isOne();
        }
    }

    @Test
    void organisationsWithOneTaxNumberRegisteredAtOnceGiveOneRecordAndConflictsNamingTheHolder() throws Exception {
        String admin = token(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        String nip = "5260250995";
        for (int round = 1; round <= ROUNDS; round++) {
            // the number is free again for the next round (as after a correction of a mistyped number)
            jdbc.sql("update organisation set nip = null where nip = :nip").param("nip", nip).update();
            String body = """
                    {"name": "Spółdzielnia Socjalna Wyścig %d", "kind": "SOCIAL_COOPERATIVE", "gminaTeryt": "2261011",
                     "nip": "%s"}""".formatted(round, nip);
            List<HttpResponse<String>> answers = AtOnce.times(AT_ONCE,
                    () -> call(admin, "POST", "/api/v1/organisations", body));

            assertOneCreatedAndConflicts(answers, round);
            assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                    .allSatisfy(a -> assertThat(a.body()).contains("\"field\":\"nip\"", "\"existingId\""));
            assertThat(jdbc.sql("select count(*) from organisation where nip = :nip").param("nip", nip)
                    .query(Long.class).single()).isOne();
        }
    }

    @Test
    void anOrganisationClosedByTwoEditorsAtOnceIsClosedOnceInTheAuditTrail() throws Exception {
        String admin = token(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        for (int round = 1; round <= ROUNDS; round++) {
            OrganisationView organisation = registry.create(RegistryFixtures.pes("Spółdzielnia Zamykana " + round,
                    "2261011"));
            List<HttpResponse<String>> answers = AtOnce.times(AT_ONCE,
                    () -> call(admin, "DELETE", "/api/v1/organisations/" + organisation.id(), null));

            assertThat(answers).as("round " + round).allSatisfy(a -> assertThat(a.statusCode()).as(a.body())
                    .isIn(200, 409));
            assertThat(answers).filteredOn(a -> a.statusCode() == 200).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.body()).contains("\"status\":\"CLOSED\""));
            assertThat(jdbc.sql("""
                    select count(*) from audit_entry where entity_type = 'Organisation' and entity_id = :id
                        and action = 'UPDATE'""").param("id", String.valueOf(organisation.id()))
                    .query(Long.class).single()).as("closed once in the audit trail, round " + round).isOne();
            assertThat(jdbc.sql("select version from organisation where id = :id").param("id", organisation.id())
                    .query(Long.class).single()).isEqualTo(organisation.version() + 1);
        }
    }

    private static void assertOneCreatedAndConflicts(List<HttpResponse<String>> answers, int round) {
        assertThat(answers).as("round " + round).allSatisfy(a -> assertThat(a.statusCode()).as(a.body())
                .isIn(201, 409));
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).as("one created").hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(a -> assertThat(
                a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json"));
    }
}
