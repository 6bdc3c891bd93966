package pl.koordynator.es.publicservices.domain;

import java.util.Map;

import pl.koordynator.es.shared.SpreadsheetRows;

/** A data row of a procurement file with the columns its header named. */
record ProcurementRowCells(SpreadsheetRows.Row row, Map<ProcurementImportColumn, Integer> columns) {

    /** The cell of {@code column}, stripped; empty when the file has no such column or the row ends before it. */
    String text(ProcurementImportColumn column) {
        Integer index = columns.get(column);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).strip();
    }

    /** The row and column of {@code column}, for a problem. */
    ProcurementDraft.Located at(ProcurementImportColumn column) {
        return new ProcurementDraft.Located(row.number(), column.key());
    }
}
