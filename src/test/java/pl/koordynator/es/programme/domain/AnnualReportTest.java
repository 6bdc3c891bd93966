package pl.koordynator.es.programme.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pl.koordynator.es.documents.domain.HtmlPdfDocuments;
import pl.koordynator.es.programme.ProgressSamples;
import pl.koordynator.es.programme.ProgrammeProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class AnnualReportTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ResourceBundleMessageSource messages = messages();
    private final ProgrammeProgress progress = ProgressSamples.year2025();

    @Test
    void theRowsFollowTheTreeWithEveryIndicatorUnderItsNode() {
        List<AnnualReport.Row> rows = AnnualReport.rows(progress);

        assertThat(rows).extracting(AnnualReport.Row::code).containsExactly("1", "1.1", "1.1.1", "W1.1.1", "W1.1.2",
                "2", "2.1", "2.1.1", "W2.1.1");
        assertThat(rows).extracting(AnnualReport.Row::depth).containsExactly(0, 1, 2, 3, 3, 0, 1, 2, 3);
        assertThat(rows.get(2).responsible()).isEqualTo("ROPS w Gdańsku, OWES Słupsk");
        assertThat(rows.get(3).progress()).isEqualByComparingTo("90.0");
        assertThat(rows.get(8).progress()).isNull();
    }

    @Test
    void thePdfIsA4WithPolishLettersAndEveryLineOfTheYear() throws IOException {
        byte[] pdf = new AnnualReportPdf(new HtmlPdfDocuments(), messages).render(progress, POLISH);
        keep("sprawozdanie.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            // landscape A4: the tree's eleven columns do not fit upright
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            for (COSName font : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(font).isEmbedded()).isTrue();
            }
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
            assertThat(text)
                    .contains("Sprawozdanie z realizacji programu „Pomorska Ekonomia Społeczna 2030 – Łódź-test” za rok 2025")
                    .contains("(dane demonstracyjne)")
                    .contains("Przyjęty uchwałą nr 123/45/23 z dnia 23.06.2023")
                    .contains("Priorytet: Rozwój przedsiębiorczości społecznej")
                    .contains("Cel szczegółowy: Wzmocnienie potencjału PES")
                    .contains("Działanie: Doradztwo dla spółdzielni socjalnych")
                    .contains("Liczba PES wspartych w Łodzi i Gdańsku")
                    .contains("Odpowiedzialni: ROPS w Gdańsku, OWES Słupsk")
                    .contains("Partnerzy: Urząd Pracy w Łebie")
                    .contains("Budżet wydatkowany: 123 456,78 zł").contains("Stan realizacji: w realizacji")
                    .contains("1 234,5")
                    .contains("Zgodnie z planem").contains("Poza ścieżką").contains("Brak danych").contains("Zagrożony")
                    .contains("Opóźnienie naboru").contains("Źródło: sprawozdanie żółte")
                    .contains("pes-supported");
        }
    }

    @Test
    void theXlsxReadsBackCellByCellAsTheRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportXlsx(messages).write(progress, POLISH, out);
        keep("sprawozdanie.xlsx", out.toByteArray());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sprawozdanie 2025");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Sprawozdanie z realizacji programu „Pomorska Ekonomia Społeczna 2030 – Łódź-test”");
            int header = 4;
            assertThat(text(sheet.getRow(header), 0)).isEqualTo("Poziom");
            assertThat(text(sheet.getRow(header), 10)).isEqualTo("Postęp (%)");
            List<AnnualReport.Row> rows = AnnualReport.rows(progress);
            assertThat(sheet.getLastRowNum()).isEqualTo(header + rows.size());
            for (int i = 0; i < rows.size(); i++) {
                AnnualReport.Row expected = rows.get(i);
                Row row = sheet.getRow(header + 1 + i);
                assertThat(text(row, 1)).isEqualTo(expected.code());
                assertThat(text(row, 2)).isEqualTo(expected.name());
                assertNumber(row, 4, expected.baseline());
                assertNumber(row, 6, expected.target());
                assertNumber(row, 7, expected.actual());
                assertNumber(row, 8, expected.cumulative());
                assertNumber(row, 10, expected.progress());
                assertNumber(row, 16, expected.budgetSpent());
            }
            Row supported = sheet.getRow(header + 4);
            assertThat(text(supported, 0)).isEqualTo("Wskaźnik");
            assertThat(supported.getCell(7).getNumericCellValue()).isEqualTo(27);
            assertThat(supported.getCell(9).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(supported.getCell(10).getNumericCellValue()).isEqualTo(90.0);
            assertThat(text(supported, 11)).isEqualTo("Zgodnie z planem");
            assertThat(text(supported, 12)).isEqualTo("Obliczany przez platformę: support.pes-supported");
            Row action = sheet.getRow(header + 3);
            assertThat(text(action, 0)).isEqualTo("Działanie");
            assertThat(text(action, 13)).isEqualTo("ROPS w Gdańsku, OWES Słupsk");
            assertThat(action.getCell(16).getNumericCellValue()).isEqualTo(123456.78);
            assertThat(text(action, 17)).isEqualTo("w realizacji");
            assertThat(text(sheet.getRow(header + 5), 12)).isEqualTo("Wprowadzany ręcznie");
            assertThat(sheet.getRow(header + 9).getCell(7)).isNull();
        }
    }

    @Test
    void theReportSpeaksEnglishToAnEnglishReader() throws IOException {
        byte[] pdf = new AnnualReportPdf(new HtmlPdfDocuments(), messages).render(progress, Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Report on the implementation of the programme").contains("Off track");
        }
    }

    @Test
    void theFileNameIsPlainAscii() {
        assertThat(AnnualReport.fileName(progress, "pdf"))
                .isEqualTo("sprawozdanie-pomorska-ekonomia-spoleczna-2030-lodz-test-2025.pdf");
    }

    private static void assertNumber(Row row, int column, java.math.BigDecimal expected) {
        Cell cell = row.getCell(column);
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("column %d", column).isTrue();
        } else {
            assertThat(cell.getCellType()).as("column %d", column).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as("column %d", column).isEqualTo(expected.doubleValue());
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    /** The files stay in target/ so that a person can open them. */
    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "programme-report");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
