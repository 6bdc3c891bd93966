package pl.koordynator.es.publicservices;

/**
 * Procurements from a file: a CSV or XLSX with one row per lot, or an OCDS release package (JSON).
 * The format is recognised by the content. All or nothing: a file with any problem stores nothing,
 * and a dry run stores nothing either; both answer the same report. ROPS imports any buyer's
 * procurements; a PARTNER account only those of the public body it acts for (a row of another
 * buyer is a problem of that row). A file that cannot be read at all, or an OCDS package that breaks
 * the standard's structure, is an {@code InvalidInputException} naming the file or the release and field.
 */
public interface ProcurementImports {

    ProcurementImportReport importFile(String fileName, byte[] content, boolean dryRun);

    /**
     * The columns of a CSV/XLSX file in the template's order: the English name (as problems name a
     * column) and the Polish header; either is accepted as a header.
     */
    java.util.Map<String, String> columns();
}
