package pl.koordynator.es.reporting.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.reporting.domain.ReportAccess.Reporter;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * PDFs attached to a report: taken while the OWES may still edit it, shown to whoever may see
 * the report. Runs inside the caller's transaction ({@link ReportService}).
 */
@Component
class ReportAttachments {

    static final String ENTITY = "OwesReportAttachment";

    private final ReportRepository reports;
    private final ReportViews views;
    private final ReportAccess access;
    private final AuditTrail audit;
    private final ReportingText text;
    private final UploadSettings uploads;

    ReportAttachments(ReportRepository reports, ReportViews views, ReportAccess access, AuditTrail audit,
            ReportingText text, UploadSettings uploads) {
        this.reports = reports;
        this.views = views;
        this.access = access;
        this.audit = audit;
        this.text = text;
        this.uploads = uploads;
    }

    ReportRepository.Attachment add(long id, String filename, byte[] content) {
        Reporter reporter = access.reporter();
        ReportView report = views.view(views.visible(id, reporter));
        ReportViews.requireEditable(report);
        String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", text.get("reporting.attachment.required"));
        }
        if (content.length > uploads.reportAttachments().toBytes()) {
            // rendered here like every reporting message, so the page shows it as it is
            throw InvalidInputException.of("file",
                    text.get("file.tooLarge", Uploads.megabytes(uploads.reportAttachments())));
        }
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw InvalidInputException.of("file", text.get("reporting.attachment.pdf"));
        }
        if (name.isEmpty()) {
            name = "zalacznik.pdf";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long attachmentId = reports.addAttachment(id, name, content, reporter.username());
        audit.created(ENTITY, attachmentId, Map.of("reportId", id, "filename", name, "size", content.length));
        return reports.attachment(id, attachmentId).orElseThrow();
    }

    /** The largest attachment taken, in megabytes, for the form's hint. */
    BigDecimal limit() {
        return Uploads.megabytes(uploads.reportAttachments());
    }

    List<ReportRepository.Attachment> list(long id) {
        views.visible(id, access.reporter());
        return reports.attachments(id);
    }

    /** An attachment's name and content. */
    Map.Entry<String, byte[]> get(long id, long attachmentId) {
        views.visible(id, access.reporter());
        ReportRepository.Attachment attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return Map.entry(attachment.filename(), reports.attachmentContent(id, attachmentId).orElseThrow());
    }

    void delete(long id, long attachmentId) {
        ReportView report = views.view(views.visible(id, access.reporter()));
        ReportViews.requireEditable(report);
        ReportRepository.Attachment attachment = reports.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        reports.deleteAttachment(id, attachmentId);
        audit.deleted(ENTITY, attachmentId, Map.of("reportId", id, "filename", attachment.filename()));
    }
}
