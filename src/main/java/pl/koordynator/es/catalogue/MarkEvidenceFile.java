package pl.koordynator.es.catalogue;

/**
 * The PDF an applicant attaches as evidence of the declared criteria (social aims, own revenue):
 * its name as uploaded and its content.
 */
public record MarkEvidenceFile(String filename, byte[] content) {

    /** Whether a file was sent at all: a form without a chosen file sends an empty part. */
    public boolean given() {
        return content != null && content.length > 0;
    }
}
