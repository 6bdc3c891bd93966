package pl.koordynator.es.committee;

/** A PDF attached to an agenda item, a document or a position. */
public record AttachmentView(long id, String fileName, int size) {
}
