package pl.koordynator.es.reintegration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.koordynator.es.audit.AuditQuery;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.map.MapIndicatorSource;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.PanelCards;
import pl.koordynator.es.testing.RegionDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static pl.koordynator.es.reintegration.CapacityFixtures.GDANSK;
import static pl.koordynator.es.reintegration.CapacityFixtures.KARTUZY;
import static pl.koordynator.es.reintegration.CapacityFixtures.line;
import static pl.koordynator.es.reintegration.CapacityFixtures.lines;

/** A unit's places: who writes them, what is refused, and where they show (free places, the map, the dashboard). */
class CapacityServiceTest extends IntegrationTest {

    @Autowired
    CapacityFixtures fixtures;

    @Autowired
    ReintegrationCapacity capacity;

    @Autowired
    AuditTrail audit;

    @Autowired
    List<MapIndicatorSource> mapSources;

    @Autowired
    OrganisationService registry;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void aUnitsUserSavesItsProgrammesAndEveryoneReadsTheNumbers() {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        users.signIn(fixtures.pesUser(cis));

        UnitCapacity saved = capacity.save(cis.id(), lines(null, line(" Zatrudnienie  socjalne ", 20, 14, 3),
                line("Praca w warsztatach", 10, 10, 0)));

        assertThat(saved.updatedOn()).isEqualTo(RegionDate.today());
        assertThat(saved.lines()).extracting(UnitCapacity.Line::programme)
                .containsExactly("Zatrudnienie socjalne", "Praca w warsztatach");
        assertThat(saved.lines().get(0).free()).isEqualTo(6);
        assertThat(saved.free()).isEqualTo(6);
        assertThat(saved.waiting()).isEqualTo(3);
        assertThat(saved.powiatTeryt()).isEqualTo("2261");
        users.signOut();
        assertThat(capacity.find(cis.id())).contains(saved);
        var trail = audit.find(AuditQuery.forRecord("ReintegrationCapacity", cis.id()), Paging.of(null, null)).items();
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).changes().get("lines").newValue()).isEqualTo(
                "Zatrudnienie socjalne: 20/14/3; Praca w warsztatach: 10/10/0");

        users.signIn(fixtures.pesUser(cis));
        UnitCapacity changed = capacity.save(cis.id(), lines(saved.version(), line("Zatrudnienie socjalne", 20, 20, 5)));
        assertThat(changed.lines()).hasSize(1);
        assertThat(changed.version()).isEqualTo(saved.version() + 1);
    }

    @Test
    void aChangeMadeFromAStaleVersionIsRefusedAndChangesNothing() {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        users.signIn(fixtures.pesUser(cis));
        UnitCapacity first = capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 20, 14, 3)));
        capacity.save(cis.id(), lines(first.version(), line("Zatrudnienie socjalne", 20, 15, 3)));

        assertThatThrownBy(() -> capacity.save(cis.id(), lines(first.version(), line("Zatrudnienie socjalne", 20, 1, 0))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 20, 1, 0))))
                .isInstanceOf(ConflictException.class);
        assertThat(capacity.capacity(cis.id()).occupied()).isEqualTo(15);
    }

    @Test
    void eachProblemNamesItsLinesField() {
        OrganisationView wtz = fixtures.organisation("WTZ Kartuzy", Kind.WTZ, KARTUZY);
        users.signIn(fixtures.pesUser(wtz));

        assertThatThrownBy(() -> capacity.save(wtz.id(), lines(null, line("Terapia zajęciowa", 10, 11, 0),
                line("terapia ZAJĘCIOWA", 5, 1, -1), line(" ", null, 0, 0), line("x".repeat(201), 1, 0, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("lines[0].occupied", "lines[1].programme", "lines[1].waiting",
                                "lines[2].programme", "lines[2].places", "lines[3].programme"));
        assertThatThrownBy(() -> capacity.save(wtz.id(), lines(null)))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("lines"));
        assertThat(capacity.find(wtz.id())).isEmpty();
    }

    @Test
    void onlyTheUnitsOwnUsersAndRopsChangeItsPlaces() {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        OrganisationView other = fixtures.organisation("KIS Kartuzy", Kind.KIS, KARTUZY);
        OrganisationView ops = fixtures.organisation("MOPS Gdańsk", Kind.JSPS, GDANSK);

        users.signIn(fixtures.pesUser(other));
        assertThatThrownBy(() -> capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 5, 0, 0))))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(users.create("ri-cap-partner-" + System.nanoTime(), Role.PARTNER, ops.id()));
        assertThatThrownBy(() -> capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 5, 0, 0))))
                .isInstanceOf(AccessDeniedException.class);
        users.signIn(users.create("ri-cap-admin-" + System.nanoTime(), Role.ADMIN));
        assertThat(capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 5, 0, 0))).places()).isEqualTo(5);
        assertThat(capacity.editableUnits()).extracting(ReferralView.Party::id).contains(cis.id(), other.id())
                .doesNotContain(ops.id());
    }

    @Test
    void anOrganisationThatIsNoUnitHasNoPlaces() {
        OrganisationView ngo = fixtures.organisation("Stowarzyszenie Razem", Kind.NGO, GDANSK);
        users.signIn(users.create("ri-cap-admin-" + System.nanoTime(), Role.ADMIN));

        assertThatThrownBy(() -> capacity.save(ngo.id(), lines(null, line("Program", 5, 0, 0))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("organisationId"));
        assertThatThrownBy(() -> capacity.save(999999, lines(null, line("Program", 5, 0, 0))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> capacity.requireEditable(ngo.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> capacity.capacity(ngo.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void freePlacesAddUpByPowiatAndTheMapShowsThemInTheUnitsGmina() {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        OrganisationView zaz = fixtures.organisation("ZAZ Gdańsk", Kind.ZAZ, GDANSK);
        OrganisationView wtz = fixtures.organisation("WTZ Kartuzy", Kind.WTZ, KARTUZY);
        users.signIn(users.create("ri-cap-admin-" + System.nanoTime(), Role.ADMIN));
        capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 20, 14, 3), line("Klub", 5, 2, 0)));
        capacity.save(zaz.id(), lines(null, line("Zatrudnienie", 30, 30, 7)));
        capacity.save(wtz.id(), lines(null, line("Terapia zajęciowa", 25, 20, 1)));
        users.signOut();

        FreePlaces all = capacity.freePlaces(null, null);
        assertThat(all.powiats()).extracting(FreePlaces.Powiat::teryt).containsExactlyInAnyOrder("2261", "2205");
        FreePlaces.Powiat gdansk = all.powiats().stream().filter(p -> p.teryt().equals("2261")).findFirst().orElseThrow();
        assertThat(gdansk.units()).isEqualTo(2);
        assertThat(gdansk.places()).isEqualTo(55);
        assertThat(gdansk.free()).isEqualTo(9);
        assertThat(gdansk.waiting()).isEqualTo(10);
        assertThat(all.units()).extracting(FreePlaces.Unit::organisationId).containsExactly(cis.id(), wtz.id());
        assertThat(capacity.freePlaces("2205", null).units()).extracting(FreePlaces.Unit::name)
                .containsExactly("WTZ Kartuzy");
        assertThat(capacity.freePlaces(null, ReferralPartyKind.ZAZ).units()).isEmpty();
        assertThatThrownBy(() -> capacity.freePlaces("9999", ReferralPartyKind.JSPS))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("powiat", "kind"));

        MapIndicatorSource map = mapSources.stream()
                .filter(s -> s.indicators().stream().anyMatch(i -> i.code().equals("REINTEGRATION_FREE_PLACES")))
                .findFirst().orElseThrow();
        int year = RegionDate.today().getYear();
        assertThat(map.years("REINTEGRATION_FREE_PLACES")).containsExactly(year);
        Map<String, BigDecimal> values = map.valuesByGmina("REINTEGRATION_FREE_PLACES", year);
        assertThat(values.get(GDANSK)).isEqualByComparingTo("9");
        assertThat(values.get(KARTUZY)).isEqualByComparingTo("5");
        assertThat(map.changeTopics()).containsExactly("reintegration");
    }

    @Test
    void aClosedUnitsPlacesLeaveThePublicListAndARenamedOneIsListedByItsNewName() {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        OrganisationView kis = fixtures.organisation("KIS Kartuzy", Kind.KIS, KARTUZY);
        UserView admin = users.create("ri-cap-admin-" + System.nanoTime(), Role.ADMIN);
        users.signIn(admin);
        capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 20, 14, 3)));
        capacity.save(kis.id(), lines(null, line("Klub integracji", 10, 2, 0)));

        registry.close(cis.id());
        OrganisationView renamed = registry.find(kis.id()).orElseThrow();
        registry.update(kis.id(), new pl.koordynator.es.registry.OrganisationInput("KIS Kartuzy Nowy", null, Kind.KIS,
                null, null, null, KARTUZY, "ul. Długa 1", "80-001", "Gdańsk", null, null, null, null, List.of(), null,
                null, null, null, null, null, null, pl.koordynator.es.registry.OrganisationStatus.ACTIVE, renamed.version()));
        users.signOut();

        assertThat(capacity.find(cis.id())).isEmpty();
        assertThat(capacity.freePlaces(null, null).units()).extracting(FreePlaces.Unit::name)
                .containsExactly("KIS Kartuzy Nowy");
    }

    @Test
    void aUnitsDashboardAsksForPlacesMissingOrOlderThanNinetyDays() throws Exception {
        OrganisationView cis = fixtures.organisation("CIS Gdańsk", Kind.CIS, GDANSK);
        OrganisationView ngo = fixtures.organisation("Stowarzyszenie Razem", Kind.NGO, GDANSK);
        UserView unitUser = fixtures.pesUser(cis);
        var asUnit = user(users.principal(unitUser));

        assertThat(PanelCards.of(mvc, asUnit).get("reintegration-capacity-update").items().get(0).url())
                .isEqualTo("/reintegracja/miejsca/" + cis.id());
        assertThat(PanelCards.of(mvc, user(users.principal(fixtures.pesUser(ngo)))))
                .doesNotContainKey("reintegration-capacity-update");

        users.signIn(unitUser);
        capacity.save(cis.id(), lines(null, line("Zatrudnienie socjalne", 20, 14, 3)));
        users.signOut();
        assertThat(PanelCards.of(mvc, asUnit)).doesNotContainKey("reintegration-capacity-update");

        jdbc.sql("update reintegration_unit set updated_on = :day where organisation_id = :id")
                .param("day", RegionDate.today().minusDays(91)).param("id", cis.id()).update();
        assertThat(PanelCards.of(mvc, asUnit).get("reintegration-capacity-update").items().get(0).note())
                .contains("91 dni temu");
    }
}
