package pl.koordynator.es.documents;

/**
 * PDF files (reports, certificates) from XHTML, with an embedded font that has every Polish
 * letter, so a PDF reads the same on any computer.
 */
public interface PdfDocuments {

    /** Renders a complete XHTML document (UTF-8, well-formed) to PDF bytes. */
    byte[] render(String xhtml);
}
