package pl.koordynator.es.publicservices;

import java.util.List;

/**
 * One procurement of an imported file: the rows (CSV/XLSX, numbered as a spreadsheet shows them)
 * or the release indexes (OCDS, from 0) it came from, how it is known (notice number or OCDS id),
 * its buyer as found in the register, how many lots, and whether it is new or replaces one stored
 * ({@code update}); {@code id} the stored procurement once written.
 */
public record ProcurementImportLine(List<Integer> rows, String reference, String title, Long buyerId,
        String buyerName, int lots, boolean update, Long id) {

    public ProcurementImportLine {
        rows = List.copyOf(rows);
    }
}
