package pl.koordynator.es.territory.domain;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.SubregionsChanged;
import pl.koordynator.es.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@RecordApplicationEvents
class SubregionServiceTest extends IntegrationTest {

    @Autowired
    SubregionService subregions;

    @Autowired
    Territory territory;

    @Autowired
    DemoSubregions demo;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signInAsAdmin() {
        users.signIn(users.create("sub-admin-" + System.nanoTime(), Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void createdSubregionIsAuditedAndAnnounced() {
        Subregion created = subregions.create(new SubregionChange("Subregion słupski", List.of("2212", "2201"), null, null));

        assertThat(created.powiatTeryts()).containsExactly("2201", "2212");
        assertThat(created.owesOrganisationId()).isNull();
        assertThat(territory.subregionOf("2201022")).map(Subregion::name).contains("Subregion słupski");
        assertThat(territory.subregionOf("2202")).isEmpty();
        assertThat(events.stream(SubregionsChanged.class)).containsExactly(new SubregionsChanged(created.id()));
        assertThat(auditEntries("CREATE")).isEqualTo(1);
    }

    @Test
    void aPowiatCannotBeInTwoSubregions() {
        subregions.create(new SubregionChange("Pierwszy", List.of("2201", "2208"), null, null));

        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> subregions.create(new SubregionChange("Drugi", List.of("2208", "2202"), null, null)));

        assertThat(problem.problems()).containsExactly(
                new FieldProblem("powiatTeryts", "territory.subregion.powiats.taken"));
        assertThat(territory.subregions()).extracting(Subregion::name).containsExactly("Pierwszy");
    }

    @Test
    void theDatabaseAlsoKeepsAPowiatInOneSubregion() {
        Subregion first = subregions.create(new SubregionChange("Pierwszy", List.of("2201"), null, null));
        long second = jdbc.sql("insert into subregion (name) values ('Drugi') returning id").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("insert into subregion_powiat (subregion_id, powiat_teryt) values (:id, '2201')")
                .param("id", second).update()).isInstanceOf(DuplicateKeyException.class);
        assertThat(first.powiatTeryts()).containsExactly("2201");
    }

    @Test
    void nameAndPowiatsAreRequiredAndTheOwesMustBeKnown() {
        InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
                () -> subregions.create(new SubregionChange(" ", List.of(), 42L, null)));

        assertThat(problem.problems()).extracting(FieldProblem::field)
                .containsExactly("name", "powiatTeryts", "owesOrganisationId");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> subregions.create(new SubregionChange("Zły", List.of("2201011"), null, null))).problems())
                .extracting(FieldProblem::messageKey).containsExactly("territory.subregion.powiats.unknown");
    }

    @Test
    void aStaleEditIsRefused() {
        Subregion created = subregions.create(new SubregionChange("Subregion", List.of("2201"), null, null));
        subregions.update(created.id(), new SubregionChange("Subregion nowy", List.of("2201", "2208"), null,
                created.version()));

        assertThatThrownBy(() -> subregions.update(created.id(),
                new SubregionChange("Stara nazwa", List.of("2201"), null, created.version())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> subregions.delete(created.id(), created.version()))
                .isInstanceOf(ConflictException.class);
        assertThat(territory.subregion(created.id())).map(Subregion::name).contains("Subregion nowy");
        assertThat(auditEntries("UPDATE")).isEqualTo(1);
    }

    @Test
    void deletedSubregionFreesItsPowiats() {
        Subregion created = subregions.create(new SubregionChange("Subregion", List.of("2201"), null, null));

        subregions.delete(created.id(), created.version());

        assertThat(territory.subregionOf("2201")).isEmpty();
        assertThat(auditEntries("DELETE")).isEqualTo(1);
        assertThat(events.stream(SubregionsChanged.class)).hasSize(2);
    }

    @Test
    void owesIsAssignedAtStartupWithoutASignedInUser() {
        Subregion created = subregions.create(new SubregionChange("Subregion", List.of("2201"), null, null));
        users.signOut();

        territory.assignOwesAtStartup(created.id(), 77L);

        Subregion assigned = territory.subregion(created.id()).orElseThrow();
        assertThat(assigned.owesOrganisationId()).isEqualTo(77L);
        assertThat(assigned.owesName()).isNull();
        assertThat(assigned.version()).isEqualTo(created.version() + 1);
        assertThat(events.stream(SubregionsChanged.class)).hasSize(2);
    }

    @Test
    void onlyAnAdminWrites() {
        users.signIn(users.create("sub-owes-" + System.nanoTime(), Role.OWES));

        assertThatThrownBy(() -> subregions.create(new SubregionChange("X", List.of("2201"), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoSubregionsCoverEveryPowiatOnce() {
        demo.load();

        List<Subregion> all = territory.subregions();
        assertThat(all).hasSize(4);
        assertThat(all.stream().flatMap(s -> s.powiatTeryts().stream()).sorted().toList())
                .containsExactlyElementsOf(territory.units(pl.koordynator.es.territory.Level.POWIAT, null).stream()
                        .map(pl.koordynator.es.territory.Unit::teryt).sorted().toList());
    }

    private long auditEntries(String action) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'Subregion' and action = :action")
                .param("action", action).query(Long.class).single();
    }
}
