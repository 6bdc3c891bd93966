package pl.koordynator.es.publicservices.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An OCDS release package read into procurements, without the database. */
class OcdsPackageReaderTest {

    private final OcdsPackageReader reader = new OcdsPackageReader(JsonMapper.builder().build(),
            new ProcurementFileReader(List.of(key -> key.equals("publicservices.procedure.BASIC") ? "Tryb podstawowy"
                    : key.equals("publicservices.procedure.SOCIAL_SERVICES") ? "Usługi społeczne (art. 359)" : null)));

    static byte[] sample() throws IOException {
        try (InputStream in = OcdsPackageReaderTest.class.getResourceAsStream("/publicservices/ocds-release-package.json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<FieldProblem> problemsOf(String text) {
        try {
            reader.procurements(json(text));
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("no problem found in " + text);
    }

    @Test
    void theSampleGivesTwoProcurementsWithTheReleasesOfOneOcidMerged() throws IOException {
        List<ProcurementDraft> drafts = reader.procurements(sample());

        assertThat(drafts).extracting(ProcurementDraft::reference)
                .containsExactly("ocds-148610-9f3c1d2e-0001", "ocds-148610-9f3c1d2e-0002");
        ProcurementDraft first = drafts.get(0);
        assertThat(first.rows()).containsExactly(0, 1);
        assertThat(first.buyer().nip()).isEqualTo("5261040828");
        assertThat(first.buyer().name()).isEqualTo("Gmina Przykładowo");
        ProcurementInput input = first.input();
        assertThat(input.ocdsId()).isEqualTo("ocds-148610-9f3c1d2e-0001");
        assertThat(input.noticeNumber()).isEqualTo("2025/BZP 00398118/01");
        assertThat(input.title()).isEqualTo("Usługi opiekuńcze i sprzątanie w ośrodku pomocy społecznej");
        assertThat(input.cpvCodes()).containsExactly("85311000-2", "90910000-9");
        assertThat(input.estimatedValue()).isEqualByComparingTo("250000");
        assertThat(input.awardedValue()).isEqualByComparingTo("96000");
        assertThat(input.procedure()).isEqualTo(ProcurementProcedure.BASIC);
        assertThat(input.noticeDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(input.bidDeadline()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(input.lots()).hasSize(2);
    }

    @Test
    void reservationsSocialStrategiesAndTheAwardAreReadPerLot() throws IOException {
        List<LotInput> lots = reader.procurements(sample()).get(0).input().lots();

        LotInput care = lots.get(0);
        assertThat(care.number()).isEqualTo(1);
        assertThat(care.reservedArt94()).isEqualTo(ReservedFor.SHELTERED_EMPLOYERS);
        assertThat(care.employmentContractArt95()).isTrue();
        assertThat(care.socialCriterionWeight()).isEqualByComparingTo("20");
        assertThat(care.result()).isEqualTo(LotResult.PENDING);
        assertThat(care.bidsReceived()).isEqualTo(3);

        LotInput cleaning = lots.get(1);
        assertThat(cleaning.title()).isEqualTo("Sprzątanie");
        assertThat(cleaning.estimatedValue()).isEqualByComparingTo("100000");
        assertThat(cleaning.socialCriterionWeight()).isNull();
        assertThat(cleaning.result()).isEqualTo(LotResult.AWARDED);
        assertThat(cleaning.bidsReceived()).isEqualTo(1);
        assertThat(cleaning.contractorName()).isEqualTo("Spółdzielnia Socjalna Pomocna Dłoń");
        assertThat(cleaning.contractorNip()).isEqualTo("1234563218");
        assertThat(cleaning.contractValue()).isEqualByComparingTo(new BigDecimal("96000"));
        assertThat(cleaning.contractStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(cleaning.contractEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aPublicServiceMissionReservationIsArticle361OfTheLightRegime() throws IOException {
        ProcurementDraft social = reader.procurements(sample()).get(1);

        assertThat(social.buyer().nip()).isEqualTo("5261040828");
        assertThat(social.input().procedure()).isEqualTo(ProcurementProcedure.SOCIAL_SERVICES);
        LotInput only = social.input().lots().get(0);
        assertThat(only.reservedArt361()).isTrue();
        assertThat(only.socialServicesArt359()).isTrue();
        assertThat(only.reservedArt94()).isNull();
        assertThat(only.estimatedValue()).isEqualByComparingTo("80000");
    }

    @Test
    void theLaterReleaseOfAnOcidWinsWhateverItsPlaceInThePackage() {
        String later = """
                {"ocid": "ocds-148610-x", "date": "2025-02-01T00:00:00Z",
                 "parties": [{"name": "Gmina A", "roles": ["buyer"]}],
                 "tender": {"title": "Nowy tytuł", "tenderPeriod": {"startDate": "2025-01-10"}}}""";
        String earlier = """
                {"ocid": "ocds-148610-x", "date": "2025-01-10T00:00:00Z",
                 "tender": {"title": "Stary tytuł", "value": {"amount": 5000, "currency": "PLN"}}}""";

        ProcurementDraft draft = reader.procurements(json("{\"releases\": [" + later + "," + earlier + "]}")).get(0);

        assertThat(draft.input().title()).isEqualTo("Nowy tytuł");
        assertThat(draft.input().estimatedValue()).isEqualByComparingTo("5000");
        assertThat(draft.input().procedure()).isEqualTo(ProcurementProcedure.OTHER);
        assertThat(draft.rows()).containsExactly(0, 1);
    }

    @Test
    void somethingThatIsNotJsonOrNotAPackageIsRefusedAsAWhole() {
        assertThatThrownBy(() -> reader.procurements(json("{\"releases\": [")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("publicservices.import.ocds.notJson"));
        assertThat(problemsOf("{\"records\": []}")).extracting(FieldProblem::field).containsExactly("releases");
        assertThat(problemsOf("{\"releases\": {}}")).extracting(FieldProblem::field).containsExactly("releases");
    }

    @Test
    void aBrokenFieldIsNamedWithItsReleaseIndexAndOcid() {
        String good = """
                {"ocid": "ocds-148610-a", "parties": [{"name": "Gmina A", "roles": ["buyer"]}],
                 "tender": {"title": "Dobre", "tenderPeriod": {"startDate": "2025-01-10"}}}""";
        String negative = """
                {"ocid": "ocds-148610-b", "tender": {"value": {"amount": -5, "currency": "PLN"}}}""";
        String wrongType = """
                {"ocid": "ocds-148610-c", "tender": {"lots": {"id": "1"}}}""";
        String badDate = """
                {"ocid": "ocds-148610-d", "date": "wczoraj"}""";
        String noOcid = """
                {"id": "bez ocid"}""";

        List<FieldProblem> problems = problemsOf("{\"releases\": [" + String.join(",", good, negative, wrongType,
                badDate, noOcid) + "]}");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("releases[1].tender.value.amount",
                "releases[2].tender.lots", "releases[3].date", "releases[4].ocid");
        assertThat(problems.get(0).messageKey()).isEqualTo("publicservices.import.ocds.negative");
        assertThat(problems.get(0).arguments()).startsWith(1, "ocds-148610-b");
        assertThat(problems.get(2).arguments()).startsWith(3, "ocds-148610-d");
    }

    @Test
    void aMergedProcurementWithoutBuyerTitleOrDateIsNamed() {
        List<FieldProblem> problems = problemsOf("{\"releases\": [{\"ocid\": \"ocds-148610-e\", \"tender\": {}}]}");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("releases[0].parties",
                "releases[0].tender.title", "releases[0].tender.tenderPeriod.startDate");
    }

    @Test
    void anAmountInAnotherCurrencyIsNotTakenAsZlotys() {
        List<FieldProblem> problems = problemsOf("""
                {"releases": [{"ocid": "ocds-148610-f", "tender": {"value": {"amount": 100, "currency": "EUR"}}}]}""");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("releases[0].tender.value.currency");
    }
}
