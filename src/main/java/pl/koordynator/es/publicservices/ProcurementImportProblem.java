package pl.koordynator.es.publicservices;

/**
 * A problem of an imported file: the row (CSV/XLSX, numbered as a spreadsheet shows them, the header
 * being row 1) or null for an OCDS package; the column or field (a CSV column's English name such as
 * {@code lot_estimated_value}, or an OCDS path such as {@code releases[2].tender.value.amount}); and
 * the message as a key with its arguments.
 */
public record ProcurementImportProblem(Integer row, String field, String messageKey, Object[] arguments) {

    public ProcurementImportProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcurementImportProblem that && java.util.Objects.equals(row, that.row)
                && field.equals(that.field) && messageKey.equals(that.messageKey)
                && java.util.Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, field, messageKey, java.util.Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return (row == null ? "" : "row " + row + " ") + field + ": " + messageKey
                + (arguments.length == 0 ? "" : java.util.Arrays.toString(arguments));
    }
}
