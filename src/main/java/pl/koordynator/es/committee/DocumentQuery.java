package pl.koordynator.es.committee;

/** Filters of the document list, each optional; visitors see adopted documents whatever they ask. */
public record DocumentQuery(DocumentStatus status, DocumentType type, Long termId, Integer year, String text) {

    public static DocumentQuery everything() {
        return new DocumentQuery(null, null, null, null, null);
    }

    public static DocumentQuery adopted() {
        return new DocumentQuery(DocumentStatus.ADOPTED, null, null, null, null);
    }
}
