package pl.koordynator.es.catalogue.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkEvidenceFile;
import pl.koordynator.es.catalogue.domain.MarkApplicationReader.Row;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * The PDF evidence of an application's declared criteria, one per application, as networks keep
 * their documents: taken only when its content is a PDF (whatever its name) within the limit of an
 * attached PDF ({@code koordynator.uploads.report-attachments}); attached or replaced by the
 * applicant while the application is open; read by the applicant and the board, nobody else.
 */
@Component
class MarkEvidence {

    static final String FIELD = "evidence";

    private final JdbcClient jdbc;
    private final MarkAccess access;
    private final MarkApplicationReader reader;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final UploadSettings uploads;

    MarkEvidence(JdbcClient jdbc, MarkAccess access, MarkApplicationReader reader, Organisations organisations,
            AuditTrail audit, UploadSettings uploads) {
        this.jdbc = jdbc;
        this.access = access;
        this.reader = reader;
        this.organisations = organisations;
        this.audit = audit;
        this.uploads = uploads;
    }

    /** The file's name to keep; null, with a problem on {@value #FIELD}, when the file is not taken. */
    String checked(MarkEvidenceFile file, List<FieldProblem> problems) {
        if (file == null || !file.given()) {
            problems.add(new FieldProblem(FIELD, "catalogue.mark.evidence.required"));
            return null;
        }
        byte[] content = file.content();
        if (content.length > uploads.reportAttachments().toBytes()) {
            problems.add(new FieldProblem(FIELD, "file.tooLarge",
                    new Object[] {Uploads.megabytes(uploads.reportAttachments())}));
            return null;
        }
        // the name and the browser's content type are the sender's word; the first bytes are the file's
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            problems.add(new FieldProblem(FIELD, "catalogue.mark.evidence.pdf"));
            return null;
        }
        String name = file.filename() == null ? "" : file.filename().replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "dowody.pdf";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** Keeps a file {@link #checked} already, replacing the application's earlier one. */
    void store(long applicationId, String name, byte[] content) {
        jdbc.sql("""
                update catalogue_mark_application set evidence_filename = :name, evidence_content = :content,
                    version = version + 1
                where id = :id""").param("name", name).param("content", content).param("id", applicationId).update();
    }

    MarkApplicationView attach(long applicationId, MarkEvidenceFile file) {
        Row row = reader.loadRow(applicationId);
        access.requireApplicant(organisations.find(row.organisationId())
                .orElseThrow(() -> new NotFoundException("mark application", applicationId)));
        List<FieldProblem> problems = new ArrayList<>();
        String name = checked(file, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (row.status() != MarkApplicationStatus.SUBMITTED && row.status() != MarkApplicationStatus.DRAFT) {
            throw new ConflictException("catalogue.mark.evidence.closed", "the application is decided or withdrawn");
        }
        store(applicationId, name, file.content());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("evidence", row.evidenceFilename() == null ? "" : row.evidenceFilename());
        audit.updated(MarkService.APPLICATION_ENTITY, applicationId, before,
                Map.of("evidence", name, "evidenceSize", file.content().length));
        return reader.view(applicationId);
    }

    /** For the applicant and the board; anyone else learns nothing, not even that the application exists. */
    MarkEvidenceFile read(long applicationId) {
        if (!reader.mayRead(reader.loadRow(applicationId))) {
            throw new NotFoundException("mark application", applicationId);
        }
        return content(applicationId);
    }

    MarkEvidenceFile boardRead(long applicationId) {
        access.requireBoard();
        return content(applicationId);
    }

    private MarkEvidenceFile content(long applicationId) {
        return jdbc.sql("""
                select evidence_filename, evidence_content from catalogue_mark_application
                where id = :id and evidence_content is not null""").param("id", applicationId)
                .query((rs, n) -> new MarkEvidenceFile(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("mark evidence", applicationId));
    }
}
