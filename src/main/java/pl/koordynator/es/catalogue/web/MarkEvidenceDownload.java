package pl.koordynator.es.catalogue.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.shared.Downloads;

/**
 * The evidence PDF as a download, the same for the API and the pages: saved, never shown in place,
 * and with {@code nosniff}, so that a browser takes it for nothing but the PDF it was checked to be.
 */
final class MarkEvidenceDownload {

    private MarkEvidenceDownload() {
    }

    static ResponseEntity<byte[]> of(MarkEvidenceFile file) {
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, file.filename()))
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }
}
