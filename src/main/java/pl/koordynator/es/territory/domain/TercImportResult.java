package pl.koordynator.es.territory.domain;

import java.util.List;

/**
 * What a TERC import did. {@code skipped} counts rows deliberately left out: other voivodeships,
 * the town and rural parts of urban-rural gminas (RODZ 4, 5) and delegations (8, 9).
 */
public record TercImportResult(int added, int updated, int unchanged, int markedHistorical, int skipped,
        List<RowProblem> problems) {

    /** A malformed row, by its line number in the file (the header is line 1). */
    public record RowProblem(long row, String message) {
    }
}
