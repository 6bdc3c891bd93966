package pl.koordynator.es.committee.domain;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.AttachmentView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * The PDF files of agenda items, documents and positions, checked as network documents are: a
 * PDF within the limit of an attached PDF ({@code koordynator.uploads.report-attachments}). Who may
 * add, remove or read one is decided by the service of its owner.
 */
@Component
class Attachments {

    static final String ENTITY = "CommitteeAttachment";

    /** The column naming the owner. */
    enum Owner {
        AGENDA("agenda_item_id"), DOCUMENT("document_id"), POSITION("position_id");

        final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UploadSettings uploads;

    Attachments(JdbcClient jdbc, AuditTrail audit, UploadSettings uploads) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.uploads = uploads;
    }

    AttachmentView add(Owner owner, long ownerId, String filename, byte[] content, String by) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "committee.core.attachment.required");
        }
        Uploads.require(content, uploads.reportAttachments());
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw InvalidInputException.of("file", "committee.core.attachment.pdf");
        }
        String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "dokument.pdf";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = jdbc.sql("insert into committee_attachment (" + owner.column
                        + ", filename, content, size_bytes, uploaded_by) values (:owner, :name, :content, :size, :by) returning id")
                .param("owner", ownerId).param("name", name).param("content", content).param("size", content.length)
                .param("by", by).query(Long.class).single();
        audit.created(ENTITY, id, Map.of(owner.column, ownerId, "filename", name, "size", content.length));
        return new AttachmentView(id, name, content.length);
    }

    /** The attachments of the owners, by owner, in the order they were added. */
    Map<Long, List<AttachmentView>> of(Owner owner, Collection<Long> ownerIds) {
        Map<Long, List<AttachmentView>> found = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, " + owner.column + " as owner, filename, size_bytes from committee_attachment where "
                        + owner.column + " in (:owners) order by id")
                .param("owners", ownerIds).query((ResultSet rs, int n) -> {
                    found.computeIfAbsent(rs.getLong("owner"), id -> new java.util.ArrayList<>())
                            .add(view(rs));
                    return null;
                }).list();
        return found;
    }

    List<AttachmentView> of(Owner owner, long ownerId) {
        return of(owner, List.of(ownerId)).getOrDefault(ownerId, List.of());
    }

    AttachmentFile file(Owner owner, long ownerId, long attachmentId) {
        return jdbc.sql("select filename, content from committee_attachment where id = :id and " + owner.column
                        + " = :owner").param("id", attachmentId).param("owner", ownerId)
                .query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("committee attachment", attachmentId));
    }

    void remove(Owner owner, long ownerId, long attachmentId) {
        AttachmentFile file = file(owner, ownerId, attachmentId);
        jdbc.sql("delete from committee_attachment where id = :id").param("id", attachmentId).update();
        audit.deleted(ENTITY, attachmentId, Map.of(owner.column, ownerId, "filename", file.fileName()));
    }

    private static AttachmentView view(ResultSet rs) throws SQLException {
        return new AttachmentView(rs.getLong("id"), rs.getString("filename"), rs.getInt("size_bytes"));
    }
}
