package pl.koordynator.es.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import pl.koordynator.es.shared.Downloads.Disposition;
import pl.koordynator.es.shared.Downloads.Table;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    private record Person(String name, BigDecimal hours, Integer count, LocalDate day, LocalDateTime at) {
    }

    private static Table<Person> people(List<Person> rows) {
        return new Table<Person>("Ludzie")
                .column("Imię i nazwisko", 30, Person::name)
                .column("Godziny", Person::hours)
                .column("Liczba", Person::count)
                .column("Dzień", Person::day)
                .column("Chwila", Person::at)
                .rows(rows);
    }

    private static final Person ANNA = new Person("Anna Żółć", new BigDecimal("2.50"), 1234567,
            LocalDate.of(2025, 3, 7), LocalDateTime.of(2025, 3, 7, 9, 5));

    @Test
    void aCsvStartsWithABomAndHasSemicolonsCrlfDecimalCommasAndPolishDates() throws IOException {
        byte[] csv = csv(people(List.of(ANNA)));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Imię i nazwisko;Godziny;Liczba;Dzień;Chwila\r\n"
                + "Anna Żółć;2,50;1234567;07.03.2025;07.03.2025 09:05\r\n");
    }

    @Test
    void semicolonsQuotesAndNewlinesInTextAreQuotedSoAReaderGetsTheTextBack() throws IOException {
        String awkward = "Fundacja \"Most\"; Gdańsk\r\nul. Długa 1";
        List<CSVRecord> records = readCsv(csv(people(List.of(new Person(awkward, null, null, null, null)))));

        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(awkward);
        assertThat(records.get(1).get(1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\";\"y\")", "+48 58 123 45 67", "-2+3", "@SUM(1+1)",
        "\t=1+1", "\r=1+1"})
    void aTextStartingLikeAFormulaGetsAQuoteInCsvAndIsAStringCellInXlsx(String text) throws IOException {
        Table<Person> table = people(List.of(new Person(text, null, null, null, null)));

        assertThat(readCsv(csv(table)).get(1).get(0)).isEqualTo("'" + text);
        Cell cell = readXlsx(xlsx(table)).get(1).getCell(0);
        assertThat(cell.getType()).isEqualTo(CellType.STRING);
        assertThat(cell.getText()).isEqualTo(text);
    }

    @Test
    void aTextThatCannotBeAFormulaIsLeftAlone() {
        assertThat(Downloads.csvCell("Spółdzielnia = razem")).isEqualTo("Spółdzielnia = razem");
        assertThat(Downloads.csvCell("'zacytowane")).isEqualTo("'zacytowane");
        assertThat(Downloads.csvCell("")).isEmpty();
    }

    @Test
    void aNegativeNumberStaysANumberInBothFormats() throws IOException {
        Table<Person> table = people(List.of(new Person("Saldo", new BigDecimal("-1.5"), -3, null, null)));

        CSVRecord row = readCsv(csv(table)).get(1);
        assertThat(row.get(1)).isEqualTo("-1,5");
        assertThat(row.get(2)).isEqualTo("-3");
        Row xlsxRow = readXlsx(xlsx(table)).get(1);
        assertThat(xlsxRow.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(xlsxRow.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("-1.5");
        assertThat(xlsxRow.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("-3");
        assertThat(Downloads.csvCell(-0.25d)).isEqualTo("-0,25");
        assertThat(Downloads.csvCell(2.0d)).isEqualTo("2");
        assertThat(Downloads.csvCell(-7L)).isEqualTo("-7");
    }

    @Test
    void anXlsxHasNumberAndDateCellsAndABoldFrozenFilteredHeader() throws IOException {
        byte[] xlsx = xlsx(people(List.of(ANNA, ANNA)));

        List<Row> rows = readXlsx(xlsx);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Imię i nazwisko");
        Row anna = rows.get(1);
        assertThat(anna.getCellText(0)).isEqualTo("Anna Żółć");
        assertThat(anna.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(anna.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("1234567");
        assertThat(anna.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(anna.getCell(3).getDataFormatString()).isEqualTo("dd.mm.yyyy");
        assertThat(anna.getCellAsDate(4).orElseThrow()).isEqualTo(LocalDateTime.of(2025, 3, 7, 9, 5));

        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<pane").contains("ySplit=\"1\"").contains("state=\"frozen\"");
        assertThat(sheet).contains("<autoFilter ref=\"A1:E3\"");
        assertThat(sheet).contains("width=\"30");
        assertThat(entry(xlsx, "xl/styles.xml")).contains("<b/>").contains("DDE6F0");
        assertThat(sheet).doesNotContain("<f>");
    }

    @Test
    void titlesGoAboveTheHeaderAndTheFooterBelowTheRowsInBothFormats() throws IOException {
        Table<Person> table = people(List.of(ANNA)).title("Warsztaty").footer("Suma", new BigDecimal("2.5"));

        List<CSVRecord> csv = readCsv(csv(table));
        assertThat(csv.get(0).get(0)).isEqualTo("Warsztaty");
        assertThat(csv.get(2).get(0)).isEqualTo("Imię i nazwisko");
        assertThat(csv.get(4).get(1)).isEqualTo("2,5");

        List<Row> xlsx = readXlsx(xlsx(table));
        assertThat(xlsx).extracting(Row::getRowNum).containsExactly(1, 3, 4, 5);
        assertThat(xlsx.get(0).getCellText(0)).isEqualTo("Warsztaty");
        assertThat(xlsx.get(1).getCellText(0)).isEqualTo("Imię i nazwisko");
        assertThat(xlsx.get(3).getCellText(0)).isEqualTo("Suma");
        assertThat(xlsx.get(3).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("2.5");
    }

    @Test
    void rowsBeyondAFlushAreAllWrittenAndOneTableMakesSeveralSheets() throws IOException {
        List<Person> many = IntStream.range(0, 2_500).mapToObj(i -> new Person("Osoba " + i, null, i, null, null))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Downloads.writeXlsx(out, List.of(people(many), new Table<Person>("Druga: [?]").column("A", Person::name)
                .rows(List.of(ANNA))));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheets = workbook.getSheets().toList();
            List<Row> first = sheets.get(0).read();
            assertThat(first).hasSize(2_501);
            assertThat(first.get(2_500).getCellText(0)).isEqualTo("Osoba 2499");
            assertThat(sheets.get(1).getName()).isEqualTo("Druga");
            assertThat(sheets.get(1).read().get(1).getCellText(0)).isEqualTo("Anna Żółć");
        }
    }

    @Test
    void aFileNameWithPolishLettersSurvivesWithAnAsciiFallback() {
        String header = Downloads.contentDisposition(Disposition.ATTACHMENT, "Sprawozdanie źródłowe Łeba.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"Sprawozdanie zrodlowe Leba.pdf\"; "
                + "filename*=UTF-8''Sprawozdanie%20%C5%BAr%C3%B3d%C5%82owe%20%C5%81eba.pdf");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Sprawozdanie źródłowe Łeba.pdf");
        assertThat(Downloads.contentDisposition(Disposition.INLINE, "events.ics"))
                .isEqualTo("inline; filename=\"events.ics\"");
    }

    @Test
    void quotesAndLineBreaksInAFileNameCannotBreakTheHeader() {
        String header = Downloads.contentDisposition(Disposition.ATTACHMENT, "a\"b\r\nSet-Cookie: x=1;%.pdf");

        assertThat(header).startsWith("attachment; filename=\"a_b__Set-Cookie: x=1;_.pdf\"; filename*=UTF-8''")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\"b\r\nSet-Cookie: x=1;%.pdf");
    }

    @Test
    void theResponseGetsTheContentTypeAndTheDisposition() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Downloads.csv(response, "rejestr.csv", people(List.of(ANNA)));

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"rejestr.csv\"");
        HttpHeaders headers = Downloads.inline(new MediaType("text", "calendar"), "wydarzenie.ics");
        assertThat(headers.getContentType()).isEqualTo(new MediaType("text", "calendar"));
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline; filename=\"wydarzenie.ics\"");
    }

    @Test
    void anImportGetsBackTheTextAnExportNeutralised() {
        for (String text : List.of("=1+1", "+48 58 123 45 67", "-", "@a", "\tx", "\rx")) {
            assertThat(Downloads.restored(Downloads.neutralised(text))).isEqualTo(text);
        }
        assertThat(Downloads.restored("'zacytowane")).isEqualTo("'zacytowane");
        assertThat(Downloads.restored("'")).isEqualTo("'");
    }

    private static byte[] csv(Table<?> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Downloads.writeCsv(out, table);
        return out.toByteArray();
    }

    private static byte[] xlsx(Table<?> table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Downloads.writeXlsx(out, List.of(table));
        return out.toByteArray();
    }

    private static List<CSVRecord> readCsv(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static List<Row> readXlsx(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("download", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file);
        }
    }
}
