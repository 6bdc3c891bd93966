package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementImportProblem;
import pl.koordynator.es.publicservices.ProcurementImportReport.Format;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.UploadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV rows read into procurements, without the database. */
class ProcurementImportFileTest {

    private final ProcurementFileReader reader = new ProcurementFileReader(List.of(
            key -> key.equals("publicservices.procedure.BASIC") ? "Tryb podstawowy"
                    : key.equals("publicservices.lotResult.AWARDED") ? "Udzielone" : null));

    private List<ProcurementDraft> read(String csv) {
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(ProcurementFileReader.format(bytes)).isEqualTo(Format.CSV);
        return reader.procurements(ProcurementFileReader.rows(bytes, Format.CSV, UploadSettings.defaults()));
    }

    @Test
    void theFormatIsRecognisedByTheContent() {
        assertThat(ProcurementFileReader.format("\uFEFF  {\"releases\": []}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Format.OCDS);
        assertThat(ProcurementFileReader.format(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo(Format.XLSX);
        assertThat(ProcurementFileReader.format("buyer;title".getBytes(StandardCharsets.UTF_8))).isEqualTo(Format.CSV);
    }

    @Test
    void rowsSharingANoticeNumberAreTheLotsOfOneProcurementWithPolishHeadersAndNumbers() {
        List<ProcurementDraft> drafts = read("""
                Zamawiający (NIP lub id);Nazwa zamówienia;Numer ogłoszenia;Kody CPV;Wartość szacunkowa;Tryb;Data ogłoszenia;Termin składania ofert;Numer części;Wartość szacunkowa części;Art. 94 zastrzeżenie dla;Art. 95 umowa o pracę;Art. 96 grupa;Art. 96 liczba osób;Art. 96 liczba miesięcy;Kryterium społeczne waga %;Wynik;NIP wykonawcy;Wykonawca;Wartość umowy;Początek umowy;Koniec umowy
                526-104-08-28;Usługi;2025/BZP 1/01;"85311000-2; 90910000-9";"250 000,00";Tryb podstawowy;03.03.2025;2025-03-17;1;150 000,00;;tak;;;;20;;;;;;
                526-104-08-28;Usługi;2025/BZP 1/01;;;;;;2;"100000.50";SOCIAL_COOPERATIVES;nie;bezrobotni;2;12;;Udzielone;1234563218;Spółdzielnia;96 000;01.04.2025;31.03.2026
                15;Druga;2025/BZP 2/01;;1000;open tender;5.5.2025;;;;;;;;;;;;;;;
                """.replace("bezrobotni", "UNEMPLOYED"));

        assertThat(drafts).hasSize(2);
        ProcurementDraft first = drafts.get(0);
        assertThat(first.problems()).isEmpty();
        assertThat(first.rows()).containsExactly(2, 3);
        assertThat(first.buyer().nip()).isEqualTo("5261040828");
        assertThat(first.input().cpvCodes()).containsExactly("85311000-2", "90910000-9");
        assertThat(first.input().estimatedValue()).isEqualByComparingTo("250000");
        assertThat(first.input().procedure()).isEqualTo(ProcurementProcedure.BASIC);
        assertThat(first.input().noticeDate()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(first.input().bidDeadline()).isEqualTo(LocalDate.of(2025, 3, 17));
        LotInput care = first.input().lots().get(0);
        assertThat(care.employmentContractArt95()).isTrue();
        assertThat(care.socialCriterionWeight()).isEqualByComparingTo("20");
        assertThat(care.result()).isEqualTo(LotResult.PENDING);
        LotInput cleaning = first.input().lots().get(1);
        assertThat(cleaning.estimatedValue()).isEqualByComparingTo(new BigDecimal("100000.50"));
        assertThat(cleaning.reservedArt94()).isEqualTo(ReservedFor.SOCIAL_COOPERATIVES);
        assertThat(cleaning.employmentArt96Group()).isEqualTo(EmploymentGroup.UNEMPLOYED);
        assertThat(cleaning.employmentArt96Persons()).isEqualTo(2);
        assertThat(cleaning.result()).isEqualTo(LotResult.AWARDED);
        assertThat(cleaning.contractorNip()).isEqualTo("1234563218");
        assertThat(cleaning.contractValue()).isEqualByComparingTo("96000");
        assertThat(cleaning.contractEnd()).isEqualTo(LocalDate.of(2026, 3, 31));

        ProcurementDraft second = drafts.get(1);
        assertThat(second.buyer().id()).isEqualTo(15L);
        assertThat(second.input().procedure()).isEqualTo(ProcurementProcedure.OPEN_TENDER);
        assertThat(second.input().lots()).singleElement().satisfies(lot -> {
            assertThat(lot.number()).isEqualTo(1);
            assertThat(lot.estimatedValue()).isEqualByComparingTo("1000");
        });
    }

    @Test
    void aBadCellIsAProblemOfItsRowAndColumn() {
        List<ProcurementDraft> drafts = read("""
                buyer,title,procedure,notice_date,lot_estimated_value,art95,art94,contractor_nip
                5261040828,Dobre,BASIC,2025-01-10,100,nie,,
                5261040828,Złe,BASIC,31.02.2025,dużo,może,dla wszystkich,12345
                """);

        assertThat(drafts.get(0).problems()).isEmpty();
        assertThat(drafts.get(1).problems()).extracting(ProcurementImportProblem::row, ProcurementImportProblem::field)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "notice_date"),
                        org.assertj.core.groups.Tuple.tuple(3, "lot_estimated_value"),
                        org.assertj.core.groups.Tuple.tuple(3, "art95"),
                        org.assertj.core.groups.Tuple.tuple(3, "art94"),
                        org.assertj.core.groups.Tuple.tuple(3, "contractor_nip"));
    }

    @Test
    void aProblemTheServiceNamesIsPlacedOnTheRowOfItsLot() {
        ProcurementDraft draft = read("""
                buyer;title;procedure;notice_date;ocds_id;lot_number;contract_value
                5261040828;A;BASIC;2025-01-10;ocds-148610-1;1;
                5261040828;A;BASIC;2025-01-10;ocds-148610-1;2;-5
                """).get(0);

        assertThat(draft.locate().apply("lots[1].contractValue")).isEqualTo(new ProcurementDraft.Located(3, "contract_value"));
        assertThat(draft.locate().apply("bidDeadline")).isEqualTo(new ProcurementDraft.Located(2, "deadline"));
        assertThat(draft.locate().apply("cpvCodes[0]")).isEqualTo(new ProcurementDraft.Located(2, "cpv"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefused() {
        assertThatThrownBy(() -> read("title;procedure\nA;BASIC\n")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems().get(0).arguments()).containsExactly("buyer, notice_date"));
        assertThatThrownBy(() -> read("buyer;title;procedure;notice_date\n")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void numbersAndDatesAreReadAsPolishSpreadsheetsWriteThem() {
        assertThat(ProcurementFileReader.number("1 234,56")).isEqualByComparingTo("1234.56");
        assertThat(ProcurementFileReader.number("1\u00a0234,56 zł")).isEqualByComparingTo("1234.56");
        assertThat(ProcurementFileReader.number("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(ProcurementFileReader.number("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(ProcurementFileReader.number("1234.5")).isEqualByComparingTo("1234.5");
        assertThat(ProcurementFileReader.number("abc")).isNull();
        assertThat(ProcurementFileReader.date("03.03.2025")).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(ProcurementFileReader.date("2025-03-03T10:00")).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(ProcurementFileReader.date("30.02.2025")).isNull();
        assertThat(ProcurementFileReader.date("2025-02-30")).isNull();
    }
}
