package pl.koordynator.es.committee;

/** The content of an attachment, for a download. */
public record AttachmentFile(String fileName, byte[] content) {

    @Override
    public String toString() {
        return "AttachmentFile[" + fileName + ", " + content.length + " bytes]";
    }
}
