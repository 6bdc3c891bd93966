package pl.koordynator.es.publicservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.GDANSK;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.GDANSK_POWIAT;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.KARTUZY;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.NIP;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.OTHER_NIP;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.awardedTo;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.employmentLot;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.input;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.reservedLot;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withBuyer;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withDates;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withLots;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/**
 * A procurement is written whole (its lots replaced on each write) by ROPS or the buyer's partner
 * account, with the register's facts of its buyer and contractors copied; lists filter it.
 */
@RecordApplicationEvents
class ProcurementServiceTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    @Autowired
    Procurements procurements;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    pl.koordynator.es.publicservices.domain.ProcurementService startup;

    private static final Paging PAGE = new Paging(0, 50);

    @Test
    void aProcurementIsCreatedReadUpdatedAndDeletedWithItsLotsAndAudited() {
        OrganisationView buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Smaczna", GDANSK, NIP, true);
        UserView admin = fixtures.admin();
        ProcurementInput in = withLots(withNumbers(input(buyer.id(), "Dowóz posiłków dla seniorów"),
                        "2025/BZP 00398118/01", "ocds-148610-abc"),
                reservedLot(1, "60000"), awardedTo(employmentLot(2, "40000"), pes.id(), "ktoś inny", null, "38000"));

        ProcurementView created = fixtures.as(admin, () -> procurements.create(in));
        assertThat(created.buyerName()).isEqualTo("Gmina Miasta Gdańska");
        assertThat(created.buyerKind()).isEqualTo("JST");
        assertThat(created.buyerGminaTeryt()).isEqualTo(GDANSK);
        assertThat(created.gminaTeryt()).as("the buyer's gmina when none is given").isEqualTo(GDANSK);
        assertThat(created.gminaName()).isEqualTo("Gdańsk");
        assertThat(created.cpvCodes()).containsExactly("85311000-2");
        assertThat(created.source()).isEqualTo(ProcurementSource.MANUAL);
        assertThat(created.clauses()).containsExactly(ClauseType.RESERVED_ART94, ClauseType.EMPLOYMENT_ART96);
        LotView won = created.lots().get(1);
        assertThat(won.contractorName()).as("copied from the register").isEqualTo("Spółdzielnia Socjalna Smaczna");
        assertThat(won.contractorNip()).isEqualTo(NIP);
        assertThat(won.contractorPes()).isTrue();
        assertThat(won.contractorSocialEnterprise()).isTrue();
        assertThat(won.value()).isEqualByComparingTo("38000");
        assertThat(events.stream(ProcurementSaved.class)).containsExactly(new ProcurementSaved(created.id()));
        assertThat(procurements.procurement(created.id())).isEqualTo(created);

        ProcurementView updated = fixtures.as(admin, () -> procurements.update(created.id(), created.version(),
                withLots(in, LotInput.plain(1, "Jedna część", new BigDecimal("90000")))));
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(updated.lots()).extracting(LotView::title).containsExactly("Jedna część");
        assertThat(updated.clauses()).isEmpty();
        assertThat(jdbc.sql("select count(*) from publicservices_lot").query(Long.class).single()).isOne();
        assertThatThrownBy(() -> fixtures.as(admin, () -> procurements.update(created.id(), created.version(), in)))
                .isInstanceOf(ConflictException.class);
        assertThat(procurements.procurement(created.id()).lots()).hasSize(1);

        fixtures.as(admin, () -> {
            procurements.delete(created.id());
            return null;
        });
        assertThatThrownBy(() -> procurements.procurement(created.id())).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select action from audit_entry where entity_type = 'Procurement' order by id")
                .query(String.class).list()).containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aPartnerWritesOnlyForTheBodyItActsFor() {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        UserView partner = fixtures.partner(gdansk);
        ProcurementView own = fixtures.as(partner, () -> procurements.create(input(gdansk.id(), "Sprzątanie urzędu")));
        ProcurementView other = fixtures.created(input(kartuzy.id(), "Koszenie poboczy"));

        assertThatThrownBy(() -> fixtures.as(partner, () -> procurements.create(input(kartuzy.id(), "Cudze"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(partner, () -> procurements.update(other.id(), other.version(),
                input(kartuzy.id(), "Koszenie poboczy i rowów")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(partner, () -> procurements.update(own.id(), own.version(),
                withBuyer(input(gdansk.id(), "Przeniesione"), kartuzy.id())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(partner, () -> {
            procurements.delete(other.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.OWES, Role.PES, Role.COMMITTEE)) {
            assertThatThrownBy(() -> fixtures.as(fixtures.user(role), () -> procurements.create(
                    input(gdansk.id(), "Nie wolno")))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(procurements.procurement(other.id()).title()).isEqualTo("Koszenie poboczy");
        ProcurementView changed = fixtures.as(partner, () -> procurements.update(own.id(), own.version(),
                input(gdansk.id(), "Sprzątanie urzędu i szkół")));
        assertThat(changed.title()).isEqualTo("Sprzątanie urzędu i szkół");
        // every signed-in user reads all of them
        assertThat(fixtures.as(fixtures.user(Role.PES), () -> procurements.procurements(ProcurementQuery.all(), PAGE))
                .total()).isEqualTo(2);
    }

    @Test
    void listsFilterByTextYearPlaceClauseOpenAndWinner() {
        OrganisationView gdansk = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        OrganisationView kartuzy = fixtures.jst("Gmina Kartuzy", KARTUZY);
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Zieleń", KARTUZY, null, false);
        LocalDate today = RegionDate.today();
        ProcurementView reserved = fixtures.created(withLots(input(gdansk.id(), "Utrzymanie zieleni miejskiej"),
                reservedLot(1, "50000")));
        ProcurementView old = fixtures.created(withLots(withDates(input(kartuzy.id(), "Catering dla szkół"),
                LocalDate.of(today.getYear() - 2, 3, 1), LocalDate.of(today.getYear() - 2, 3, 20)),
                awardedTo(employmentLot(1, "80000"), pes.id(), null, null, "75000")));
        ProcurementView plain = fixtures.created(withDates(input(gdansk.id(), "Druk ulotek"), today.minusDays(30),
                today.minusDays(1)));

        assertThat(ids(ProcurementQuery.all())).containsExactly(reserved.id(), plain.id(), old.id());
        assertThat(ids(new ProcurementQuery("zieleni", null, null, null, null, null, null, null)))
                .containsExactly(reserved.id());
        assertThat(ids(new ProcurementQuery("kartuzy", null, null, null, null, null, null, null)))
                .as("the buyer's name").containsExactly(old.id());
        assertThat(ids(new ProcurementQuery(null, gdansk.id(), null, null, null, null, null, null)))
                .containsExactly(reserved.id(), plain.id());
        assertThat(ids(new ProcurementQuery(null, null, today.getYear() - 2, null, null, null, null, null)))
                .containsExactly(old.id());
        assertThat(ids(new ProcurementQuery(null, null, null, GDANSK_POWIAT, null, null, null, null)))
                .containsExactly(reserved.id(), plain.id());
        assertThat(ids(new ProcurementQuery(null, null, null, KARTUZY, null, null, null, null)))
                .containsExactly(old.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, ClauseType.RESERVED_ART94, null, null, null)))
                .containsExactly(reserved.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, ClauseType.EMPLOYMENT_ART96, null, null, null)))
                .containsExactly(old.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, null, true, null, null)))
                .containsExactly(reserved.id(), old.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, null, false, null, null)))
                .containsExactly(plain.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, null, null, true, null)))
                .containsExactly(reserved.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, null, null, false, null)))
                .containsExactly(plain.id(), old.id());
        assertThat(ids(new ProcurementQuery(null, null, null, null, null, null, null, pes.id())))
                .containsExactly(old.id());

        ProcurementSummary summary = procurements.procurements(
                new ProcurementQuery(null, null, null, null, null, null, null, pes.id()), PAGE).items().get(0);
        assertThat(summary.clauses()).containsExactly(ClauseType.EMPLOYMENT_ART96);
        assertThat(summary.lots()).isOne();
        assertThat(summary.lotsAwarded()).isOne();
        assertThat(summary.lotsWonByPes()).isOne();
        assertThat(summary.gminaName()).isEqualTo("Kartuzy");
        assertThat(procurements.openForBids()).extracting(ProcurementView::id).containsExactly(reserved.id());
    }

    @Test
    void aContractorTypedByNameAndNipIsLinkedToTheRegisterWhenItIsThere() {
        OrganisationView buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        fixtures.organisation("Centrum Integracji Społecznej Gdańsk", Kind.CIS, GDANSK, OTHER_NIP, false);
        ProcurementView procurement = fixtures.created(withLots(input(buyer.id(), "Sprzątanie plaż"),
                awardedTo(LotInput.plain(1, "Plaże", new BigDecimal("30000")), null,
                        "Centrum Integracji Społecznej Gdańsk", "123-456-32-18", "29000"),
                awardedTo(LotInput.plain(2, "Parki", new BigDecimal("30000")), null, "Firma Usługowa Jan Nowak",
                        NIP, "28000")));
        LotView linked = procurement.lots().get(0);
        assertThat(linked.contractorId()).isNotNull();
        assertThat(linked.contractorNip()).isEqualTo(OTHER_NIP);
        assertThat(linked.contractorPes()).isTrue();
        LotView typed = procurement.lots().get(1);
        assertThat(typed.contractorId()).isNull();
        assertThat(typed.contractorName()).isEqualTo("Firma Usługowa Jan Nowak");
        assertThat(typed.contractorNip()).isEqualTo(NIP);
        assertThat(typed.contractorPes()).isFalse();
        assertThat(typed.contractorSocialEnterprise()).isFalse();
    }

    @Test
    void anImportSaveReplacesTheProcurementOfTheSameOcdsIdOrNoticeNumber() {
        OrganisationView buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        UserView admin = fixtures.admin();
        ProcurementView first = fixtures.as(admin, () -> procurements.save(withNumbers(input(buyer.id(),
                "Usługi opiekuńcze"), "2025/BZP 00398118/01", null), ProcurementSource.FILE));
        ProcurementView again = fixtures.as(admin, () -> procurements.save(withNumbers(input(buyer.id(),
                "Usługi opiekuńcze w domu"), "2025/BZP 00398118/01", "ocds-148610-x1"), ProcurementSource.OCDS));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.title()).isEqualTo("Usługi opiekuńcze w domu");
        assertThat(again.source()).isEqualTo(ProcurementSource.OCDS);
        ProcurementView third = fixtures.as(admin, () -> procurements.save(withNumbers(input(buyer.id(),
                "Usługi opiekuńcze 2"), null, "ocds-148610-x1"), ProcurementSource.OCDS));
        assertThat(third.id()).isEqualTo(first.id());
        assertThat(third.noticeNumber()).isNull();
        assertThat(procurements.findByReference(null, "2025/BZP 00398118/01")).isEmpty();
        assertThat(procurements.findByReference("ocds-148610-x1", null)).map(ProcurementView::id).contains(first.id());
        assertThat(jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single()).isOne();
    }

    @Test
    void anImportGoesOnAfterARefusedRowAndStandsOrFallsAsAWhole() {
        OrganisationView buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        UserView admin = fixtures.admin();
        fixtures.as(admin, () -> transactions.execute(status -> {
            assertThatThrownBy(() -> procurements.save(withDates(input(buyer.id(), "Zła data"), RegionDate.today(),
                    RegionDate.today().minusDays(3)), ProcurementSource.FILE))
                    .isInstanceOf(pl.koordynator.es.shared.InvalidInputException.class);
            return procurements.save(input(buyer.id(), "Dobra data"), ProcurementSource.FILE);
        }));
        assertThat(jdbc.sql("select title from publicservices_procurement").query(String.class).list())
                .containsExactly("Dobra data");

        fixtures.as(admin, () -> transactions.execute(status -> {
            procurements.save(input(buyer.id(), "Wycofane"), ProcurementSource.FILE);
            status.setRollbackOnly();
            return null;
        }));
        assertThat(jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single()).isOne();
    }

    @Test
    void demoDataIsSavedAtStartUpWithoutASignedInUser() {
        OrganisationView buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        assertThatThrownBy(() -> procurements.save(input(buyer.id(), "Bez konta"), ProcurementSource.FILE))
                .isInstanceOf(AccessDeniedException.class);
        ProcurementView saved = startup.saveAtStartup(withNumbers(input(buyer.id(), "Dane demonstracyjne"),
                "2025/BZP 00390001/01", null), ProcurementSource.MANUAL);
        assertThat(saved.buyerName()).isEqualTo("Gmina Miasta Gdańska");
        assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Procurement'").query(String.class)
                .single()).isEqualTo("system");
    }

    private List<Long> ids(ProcurementQuery query) {
        return procurements.procurements(query, PAGE).items().stream().map(ProcurementSummary::id).toList();
    }
}
