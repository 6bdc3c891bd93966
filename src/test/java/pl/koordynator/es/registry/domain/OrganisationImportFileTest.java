package pl.koordynator.es.registry.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.domain.OrganisationImportColumns.Converted;
import pl.koordynator.es.registry.domain.OrganisationImportColumns.Mapping;
import pl.koordynator.es.registry.domain.OrganisationImportFile.ImportRow;
import pl.koordynator.es.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationImportFileTest {

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    private final OrganisationImportColumns columns = new OrganisationImportColumns(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/registry", "i18n/registryimport");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void utf8WithBomAndSemicolonsIsReadWithSpreadsheetRowNumbers() {
        byte[] content = ("\uFEFFNazwa;Rodzaj;Miejscowość\nSpółdzielnia Łąka;NGO;Gdańsk\n;;\n\"Żuraw; sp.\";CIS;Łeba\n")
                .getBytes(StandardCharsets.UTF_8);
        OrganisationImportFile file = OrganisationImportFile.of(content, "rejestr.csv");

        assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(file.separator()).isEqualTo(';');
        assertThat(file.header()).containsExactly("Nazwa", "Rodzaj", "Miejscowość");
        assertThat(rows(file)).containsExactly(
                new ImportRow(2, List.of("Spółdzielnia Łąka", "NGO", "Gdańsk")),
                new ImportRow(4, List.of("Żuraw; sp.", "CIS", "Łeba")));
        assertThat(file.countRows()).isEqualTo(2);
    }

    @Test
    void theQuoteAnExportPutBeforeAFormulaLikeTextComesOffOnImport() {
        byte[] content = ("\uFEFFNazwa;Telefon;Opis\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";'+48 58 123 45 67;'zostaje\r\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(rows(OrganisationImportFile.of(content, "rejestr.csv"))).containsExactly(
                new ImportRow(2, List.of("=HYPERLINK(\"http://x\";\"y\")", "+48 58 123 45 67", "'zostaje")));
    }

    @Test
    void windows1250WithCommasKeepsPolishLetters() {
        byte[] content = "name,town\nKoło Gospodyń Wiejskich w Żukowie,Żukowo\n".getBytes(WINDOWS_1250);
        OrganisationImportFile file = OrganisationImportFile.of(content, "kgw.csv");

        assertThat(file.charset()).isEqualTo(WINDOWS_1250);
        assertThat(file.separator()).isEqualTo(',');
        assertThat(rows(file).get(0).cells()).containsExactly("Koło Gospodyń Wiejskich w Żukowie", "Żukowo");
    }

    @Test
    void xlsxIsRecognisedByContentWithNumbersAndDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Rejestr");
        sheet.value(0, 0, "Nazwa");
        sheet.value(0, 1, "NIP");
        sheet.value(0, 2, "Przedsiębiorstwo społeczne od");
        sheet.value(1, 0, "Spółdzielnia Socjalna Bursztyn");
        sheet.value(1, 1, 5260250995L);
        sheet.value(1, 2, LocalDate.of(2024, 3, 1));
        sheet.style(1, 2).format("dd.mm.yyyy").set();
        workbook.finish();
        OrganisationImportFile file = OrganisationImportFile.of(out.toByteArray(), "upload.bin");

        assertThat(file.xlsx()).isTrue();
        assertThat(rows(file)).containsExactly(new ImportRow(2,
                List.of("Spółdzielnia Socjalna Bursztyn", "5260250995", "2024-03-01"), Set.of(1, 2)));
    }

    @Test
    void identifiersFromNumberCellsGetTheirLeadingZerosBackUpToTheirLength() {
        assertThat(OrganisationImportColumns.withLeadingZeros("123456", "krs")).isEqualTo("0000123456");
        assertThat(OrganisationImportColumns.withLeadingZeros("123456789", "nip")).isEqualTo("0123456789");
        assertThat(OrganisationImportColumns.withLeadingZeros("12345675", "regon")).isEqualTo("012345675");
        assertThat(OrganisationImportColumns.withLeadingZeros("1234567512345", "regon")).isEqualTo("01234567512345");
        assertThat(OrganisationImportColumns.withLeadingZeros("201011", "gminaTeryt")).isEqualTo("0201011");
        // too long or not a whole number: left for the rules to refuse with their own message
        assertThat(OrganisationImportColumns.withLeadingZeros("12345678901", "krs")).isEqualTo("12345678901");
        assertThat(OrganisationImportColumns.withLeadingZeros("1234.5", "krs")).isEqualTo("1234.5");
    }

    @Test
    void emptyAndBinaryFilesAreProblemsOfTheFileField() {
        assertThatThrownBy(() -> OrganisationImportFile.of(new byte[0], "x.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("file"));
        assertThatThrownBy(() -> OrganisationImportFile.of("\n\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OrganisationImportFile.of(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}, "x.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("registryimport.file.format"));
        assertThatThrownBy(() -> OrganisationImportFile.of("PK not a zip".getBytes(StandardCharsets.UTF_8), "a.xlsx"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("registryimport.file.unreadableXlsx"));
    }

    @Test
    void headersInPolishOrEnglishAnyCaseAndWithoutAccents() {
        Mapping mapping = columns.mapping(List.of("NAZWA", "kind", "Miejscowosc", "Kod pocztowy", "E-mail",
                "gminaTeryt", "Obszary działalności", "Zatrudnieni", "www", "Kolor", "nazwa"));

        assertThat(mapping.columns()).containsEntry("name", 0).containsEntry("kind", 1).containsEntry("town", 2)
                .containsEntry("postalCode", 3).containsEntry("email", 4).containsEntry("gminaTeryt", 5)
                .containsEntry("fieldsOfActivity", 6).containsEntry("employees", 7).containsEntry("website", 8);
        assertThat(mapping.unknown()).containsExactly("Kolor");
        assertThat(mapping.repeated()).containsExactly("nazwa");
        assertThat(columns.mapping(columns.polishHeaders()).columns()).hasSize(OrganisationImportColumns.FIELDS.size());
    }

    @Test
    void withoutANameColumnNothingCanBeImported() {
        assertThatThrownBy(() -> columns.mapping(List.of("NIP", "Rodzaj")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0))
                        .isEqualTo(new InvalidInputException.FieldProblem("file", "registryimport.file.noNameColumn")));
    }

    @Test
    void cellsBecomeInputAndUnreadableCellsAreProblemsOfTheirColumn() {
        Mapping mapping = columns.mapping(List.of("Nazwa", "Rodzaj", "Stan", "Zatrudnieni",
                "Przedsiębiorstwo społeczne od", "Przedsiębiorstwo społeczne do", "Obszary działalności"));
        Converted good = columns.convert(new ImportRow(2, List.of("A", "Centrum integracji społecznej", "zawieszona",
                "12", "01.03.2024", "2026-02-28", "CATERING; it | Usługi opiekuńcze")), mapping);
        Converted bad = columns.convert(new ImportRow(3, List.of("B", "Kosmos", "??", "12,5", "31.02.2024", "jutro",
                "")), mapping);

        assertThat(good.problems()).isEmpty();
        assertThat(good.input().kind()).isEqualTo(Kind.CIS);
        assertThat(good.input().status()).isEqualTo(OrganisationStatus.SUSPENDED);
        assertThat(good.input().employees()).isEqualTo(12);
        assertThat(good.input().socialEnterpriseSince()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(good.input().socialEnterpriseUntil()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(good.input().fieldsOfActivity()).containsExactly("CATERING", "it", "Usługi opiekuńcze");
        assertThat(bad.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("kind", "status", "employees", "socialEnterpriseSince", "socialEnterpriseUntil");
        assertThat(columns.convert(new ImportRow(4, List.of("C", "NGO")), mapping).input().kind())
                .isEqualTo(Kind.NGO);
    }

    private static List<ImportRow> rows(OrganisationImportFile file) {
        List<ImportRow> rows = new ArrayList<>();
        file.forEachRow(rows::add);
        return rows;
    }
}
