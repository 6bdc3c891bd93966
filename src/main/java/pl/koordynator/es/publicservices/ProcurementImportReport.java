package pl.koordynator.es.publicservices;

import java.util.List;

/**
 * What an import found and did (or, in a dry run or with problems, would have done).
 *
 * @param format              CSV, XLSX or OCDS
 * @param written             whether anything was stored: false in a dry run and whenever there is a problem
 * @param rowsRead            data rows of a CSV/XLSX (the header not counted), releases of an OCDS package
 * @param procurements        each procurement of the file, in the file's order
 * @param problems            every problem found; empty when the file is fine
 */
public record ProcurementImportReport(Format format, boolean dryRun, boolean written, int rowsRead,
        int procurementsCreated, int procurementsUpdated, int lotsCreated, int lotsUpdated,
        List<ProcurementImportLine> procurements, List<ProcurementImportProblem> problems) {

    public enum Format {
        CSV, XLSX, OCDS
    }

    public ProcurementImportReport {
        procurements = List.copyOf(procurements);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
