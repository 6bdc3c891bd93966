package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * A network's documents (statutes, agreements, minutes) as PDF files, as OWES reports keep theirs:
 * read by whoever may see the network ({@link NetworkService#get} decides), added and removed by
 * ROPS or the network's coordinator. A file is taken only when it is a PDF within the limit of an
 * attached PDF ({@code koordynator.uploads.report-attachments}).
 */
@Service
public class NetworkDocuments {

    static final String ENTITY = "NetworkDocument";

    /** A document without its content, for the list. */
    public record Document(long id, long networkId, String filename, int size, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    private final JdbcClient jdbc;
    private final NetworkService networks;
    private final AuditTrail audit;
    private final UploadSettings uploads;

    NetworkDocuments(JdbcClient jdbc, NetworkService networks, AuditTrail audit, UploadSettings uploads) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.audit = audit;
        this.uploads = uploads;
    }

    /** The largest file taken, in megabytes, for the form's hint. */
    public BigDecimal limit() {
        return Uploads.megabytes(uploads.reportAttachments());
    }

    @Transactional(readOnly = true)
    public List<Document> list(long networkId) {
        networks.get(networkId);
        return jdbc.sql("""
                select id, network_id, filename, size_bytes, uploaded_by, uploaded_at from network_document
                where network_id = :network order by uploaded_at desc, id desc""")
                .param("network", networkId).query(NetworkDocuments::document).list();
    }

    @Transactional
    public Document add(long networkId, String filename, byte[] content) {
        NetworkView network = networks.get(networkId);
        NetworksAccess.Viewer viewer = networks.viewer();
        if (!viewer.mayManage(network)) {
            throw new AccessDeniedException("only ROPS or the coordinator adds documents to network " + networkId);
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "networks.document.required");
        }
        Uploads.require(content, uploads.reportAttachments());
        if (content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw InvalidInputException.of("file", "networks.document.pdf");
        }
        String name = filename == null ? "" : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty()) {
            name = "dokument.pdf";
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        long id = jdbc.sql("""
                insert into network_document (network_id, filename, content, size_bytes, uploaded_by)
                values (:network, :filename, :content, :size, :by) returning id""")
                .param("network", networkId).param("filename", name).param("content", content)
                .param("size", content.length).param("by", viewer.username()).query(Long.class).single();
        audit.created(ENTITY, id, Map.of("networkId", networkId, "filename", name, "size", content.length));
        return get(networkId, id);
    }

    /** A document's name and content. */
    @Transactional(readOnly = true)
    public Map.Entry<String, byte[]> content(long networkId, long documentId) {
        Document document = get(networkId, documentId);
        byte[] content = jdbc.sql("select content from network_document where id = :id")
                .param("id", documentId).query((rs, n) -> rs.getBytes(1)).single();
        return Map.entry(document.filename(), content);
    }

    @Transactional
    public void delete(long networkId, long documentId) {
        Document document = get(networkId, documentId);
        if (!networks.viewer().mayManage(networks.get(networkId))) {
            throw new AccessDeniedException("only ROPS or the coordinator removes documents of network " + networkId);
        }
        jdbc.sql("delete from network_document where id = :id").param("id", documentId).update();
        audit.deleted(ENTITY, documentId, Map.of("networkId", networkId, "filename", document.filename()));
    }

    private Document get(long networkId, long documentId) {
        networks.get(networkId);
        return jdbc.sql("""
                select id, network_id, filename, size_bytes, uploaded_by, uploaded_at from network_document
                where network_id = :network and id = :id""")
                .param("network", networkId).param("id", documentId).query(NetworkDocuments::document).optional()
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }

    private static Document document(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Document(rs.getLong("id"), rs.getLong("network_id"), rs.getString("filename"),
                rs.getInt("size_bytes"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
