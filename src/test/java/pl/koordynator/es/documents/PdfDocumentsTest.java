package pl.koordynator.es.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.koordynator.es.documents.domain.HtmlPdfDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfDocumentsTest {

    private static final String SENTENCE = "Zażółć gęślą jaźń — Sprawozdanie kwartalne OWES 2025Q1";

    private final PdfDocuments documents = new HtmlPdfDocuments();

    @Test
    void polishTextAndTableComeOutReadableOnA4WithTheFontEmbedded() throws IOException {
        String xhtml = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="pl">
                <head><meta charset="UTF-8"/><title>Sprawozdanie</title>
                <style>body { font-family: 'DejaVu Sans'; font-size: 11pt; } th { font-weight: bold; }</style></head>
                <body>
                <h1>Sprawozdanie</h1>
                <p>%s</p>
                <table>
                  <thead><tr><th>Wskaźnik</th><th>Wartość</th></tr></thead>
                  <tbody>
                    <tr><td>Liczba utworzonych miejsc pracy</td><td>12</td></tr>
                    <tr><td>Uczestnicy szkoleń (łącznie)</td><td>1 234,5</td></tr>
                  </tbody>
                </table>
                </body></html>
                """.formatted(Xhtml.escape(SENTENCE));

        byte[] pdf = documents.render(xhtml);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(SENTENCE);
            assertThat(text).contains("Liczba utworzonych miejsc pracy").contains("Uczestnicy szkoleń (łącznie)")
                    .contains("1 234,5").contains("Wskaźnik");
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DejaVuSans-Bold"));
        }
    }

    @Test
    void aDocumentThatNamesNoFontStillGetsThePolishLetters() throws IOException {
        byte[] pdf = documents.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <style>p { font-family: Helvetica, serif; }</style></head>
                <body><p>Gminy: Łeba, Żukowo, Kościerzyna, Gdańsk</p><div>Świadectwo uczestnictwa</div></body></html>
                """);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Gminy: Łeba, Żukowo, Kościerzyna, Gdańsk").contains("Świadectwo uczestnictwa");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void aDocumentCannotLoadFilesFromTheServer(@TempDir Path dir) throws IOException {
        Path css = dir.resolve("hide.css");
        Files.writeString(css, ".secret { display: none; }", StandardCharsets.UTF_8);
        byte[] pdf = documents.render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                <link rel="stylesheet" type="text/css" href="%s"/></head>
                <body><p class="secret">Widoczny akapit</p></body></html>
                """.formatted(css.toUri()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Widoczny akapit");
        }
    }

    @Test
    void textEscapedForXhtmlKeepsMarkupCharactersAsText() throws IOException {
        String name = "Spółdzielnia \"Razem\" & <Partnerzy>";
        byte[] pdf = documents.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
                + Xhtml.escape(name) + "</p></body></html>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(name);
        }
        assertThat(Xhtml.escape("a\u0001b'")).isEqualTo("ab&#39;");
        assertThat(Xhtml.escape(null)).isEmpty();
    }

    @Test
    void malformedXhtmlIsRefused() {
        assertThatThrownBy(() -> documents.render("<html><body><p>niezamknięty</body></html>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.render(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
