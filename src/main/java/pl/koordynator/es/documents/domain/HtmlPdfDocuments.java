package pl.koordynator.es.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import pl.koordynator.es.documents.PdfDocuments;

/**
 * XHTML to PDF with openhtmltopdf on A4 paper. DejaVu Sans (regular and bold, from the
 * jasperreports-fonts jar) is embedded as a subset and used for every text whatever font the
 * document names, because the PDF standard fonts lack Polish letters such as "ą" and "ł".
 * Documents may load nothing from outside (no files, no web addresses), only {@code data:}
 * images, so text of users placed in a document can never make the server read a file.
 */
@Component
public class HtmlPdfDocuments implements PdfDocuments {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    @Override
    public byte[] render(String xhtml) {
        if (xhtml == null || xhtml.isBlank()) {
            throw new IllegalArgumentException("No XHTML to render");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.withProducer("Koordynator ES");
        EnumSet<FSFontUseCase> everywhere = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true, everywhere);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Could not render the document to PDF: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = HtmlPdfDocuments.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
