package pl.koordynator.es.publicservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.GDANSK;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.NIP;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.awardedTo;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.input;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withBuyer;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withCpv;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withDates;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withLots;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withNumbers;
import static pl.koordynator.es.publicservices.PublicServicesFixtures.withValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.testing.IntegrationTest;
import pl.koordynator.es.testing.RegionDate;

/** Each rule of a procurement refuses a bad value naming its field, and nothing is written. */
class ProcurementValidationTest extends IntegrationTest {

    @Autowired
    PublicServicesFixtures fixtures;

    @Autowired
    Procurements procurements;

    private OrganisationView buyer;
    private UserView admin;

    @BeforeEach
    void aBuyer() {
        buyer = fixtures.jst("Gmina Miasta Gdańska", GDANSK);
        admin = fixtures.admin();
    }

    private void refused(ProcurementInput input, String field) {
        assertThatThrownBy(() -> fixtures.as(admin, () -> procurements.create(input)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).contains(field));
        assertThat(jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from publicservices_lot").query(Long.class).single()).isZero();
    }

    private ProcurementInput base() {
        return input(buyer.id(), "Usługi opiekuńcze");
    }

    private ProcurementInput lot(UnaryOperator<LotInput> change) {
        return withLots(base(), change.apply(LotInput.plain(1, "Część", new BigDecimal("1000"))));
    }

    private static LotInput lotWith(LotInput l, Integer number, BigDecimal estimated, BigDecimal weight,
            EmploymentGroup group, Integer persons, Integer months) {
        return new LotInput(number, l.title(), estimated, l.reservedArt94(), l.employmentContractArt95(), group,
                persons, months, weight, l.socialServicesArt359(), l.reservedArt361(), l.result(), l.bidsReceived(),
                l.pesBid(), l.socialEnterpriseBid(), l.contractorId(), l.contractorName(), l.contractorNip(),
                l.contractValue(), l.contractStart(), l.contractEnd(), l.personsEmployed());
    }

    @Test
    void theBuyerMustBeAPublicBodyOfTheRegister() {
        OrganisationView pes = fixtures.pes("Spółdzielnia Socjalna Nie-Zamawiający", GDANSK, null, false);
        refused(withBuyer(base(), pes.id()), "buyerId");
        refused(withBuyer(base(), 999999), "buyerId");
        OrganisationView irp = fixtures.organisation("Powiatowy Urząd Pracy", Kind.IRP, GDANSK, null, false);
        assertThat(fixtures.as(admin, () -> procurements.create(withBuyer(base(), irp.id()))).buyerKind())
                .isEqualTo("IRP");
    }

    @Test
    void valuesAreNotNegativeAndAnAwardAboveTenTimesTheEstimateNeedsAComment() {
        refused(withValues(base(), "-1", null, null), "estimatedValue");
        refused(withValues(base(), "100", "-5", null), "awardedValue");
        refused(withValues(base(), "100", "1000.01", null), "awardedValue");
        refused(lot(l -> lotWith(l, 1, new BigDecimal("-1"), null, null, null, null)), "lots[0].estimatedValue");
        refused(lot(l -> awardedTo(l, null, "Firma", null, "-10")), "lots[0].contractValue");
        assertThat(fixtures.as(admin, () -> procurements.create(withValues(base(), "100", "1000.01",
                "Rozszerzono zakres o dodatkowe gminy."))).awardedValue()).isEqualByComparingTo("1000.01");
    }

    @Test
    void cpvCodesHaveTheirFormatAndTheDeadlineFollowsTheNotice() {
        refused(withCpv(base(), "85311000-2", "8531100-2"), "cpvCodes[1]");
        refused(withCpv(base(), "abc"), "cpvCodes[0]");
        LocalDate today = RegionDate.today();
        refused(withDates(base(), today, today.minusDays(1)), "bidDeadline");
        refused(new ProcurementInput(buyer.id(), "Usługi", null, null, null, null, null, null,
                ProcurementProcedure.BASIC, today, null, "2261", base().lots()), "gminaTeryt");
        refused(new ProcurementInput(buyer.id(), "Usługi", null, null, null, null, null, null,
                ProcurementProcedure.BASIC, today, null, "9999999", base().lots()), "gminaTeryt");
    }

    @Test
    void lotsHaveDistinctNumbersAndWholeClauses() {
        refused(withLots(base(), LotInput.plain(1, "A", null), LotInput.plain(1, "B", null)), "lots[1].number");
        refused(withLots(base()), "lots");
        refused(lot(l -> lotWith(l, 1, null, null, EmploymentGroup.UNEMPLOYED, null, 12)),
                "lots[0].employmentArt96Persons");
        refused(lot(l -> lotWith(l, 1, null, null, EmploymentGroup.UNEMPLOYED, 2, null)),
                "lots[0].employmentArt96Months");
        refused(lot(l -> lotWith(l, 1, null, null, null, 2, 12)), "lots[0].employmentArt96Group");
        refused(lot(l -> lotWith(l, 1, null, BigDecimal.ZERO, null, null, null)), "lots[0].socialCriterionWeight");
        refused(lot(l -> lotWith(l, 1, null, new BigDecimal("100.01"), null, null, null)),
                "lots[0].socialCriterionWeight");
    }

    @Test
    void anAwardedLotHasAContractorAndValueAndOnlyItHasAContract() {
        refused(lot(l -> awardedTo(l, null, null, null, "100")), "lots[0].contractorName");
        refused(lot(l -> awardedTo(l, null, "Firma", null, null)), "lots[0].contractValue");
        refused(lot(l -> awardedTo(l, null, "Firma", "1234567890", "100")), "lots[0].contractorNip");
        refused(lot(l -> awardedTo(l, 999999L, null, null, "100")), "lots[0].contractorId");
        LotInput awarded = awardedTo(LotInput.plain(1, "Część", null), null, "Firma", NIP, "100");
        refused(withLots(base(), new LotInput(1, null, null, null, false, null, null, null, null, false, false,
                LotResult.PENDING, null, null, null, null, "Firma", null, new BigDecimal("100"), null, null, null)),
                "lots[0].result");
        refused(withLots(base(), new LotInput(1, null, null, null, false, null, null, null, null, false, false,
                LotResult.CANCELLED, null, null, null, null, null, null, new BigDecimal("100"), null, null, null)),
                "lots[0].result");
        refused(withLots(base(), new LotInput(1, null, null, null, false, null, null, null, null, false, false,
                LotResult.AWARDED, null, null, null, null, "Firma", null, new BigDecimal("100"),
                awarded.contractStart(), awarded.contractStart().minusDays(1), null)), "lots[0].contractEnd");
    }

    @Test
    void noticeNumbersAndOcdsIdsAreUnique() {
        fixtures.as(admin, () -> procurements.create(withNumbers(base(), "2025/BZP 00398118/01", "ocds-148610-1")));
        assertThatThrownBy(() -> fixtures.as(admin, () -> procurements.create(withNumbers(
                input(buyer.id(), "Inne"), "2025/BZP 00398118/01", null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("noticeNumber"));
        assertThatThrownBy(() -> fixtures.as(admin, () -> procurements.create(withNumbers(
                input(buyer.id(), "Inne"), null, "ocds-148610-1"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::field).containsExactly("ocdsId"));
        assertThat(jdbc.sql("select count(*) from publicservices_procurement").query(Long.class).single()).isOne();
    }
}
