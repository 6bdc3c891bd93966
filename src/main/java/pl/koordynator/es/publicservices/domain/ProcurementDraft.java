package pl.koordynator.es.publicservices.domain;

import java.util.List;
import java.util.function.Function;

import pl.koordynator.es.publicservices.ProcurementImportProblem;
import pl.koordynator.es.publicservices.ProcurementInput;

/**
 * A procurement as a file describes it, before its buyer and contractors are looked up in the
 * register: {@code input} carries no buyer id yet. {@code rows} the spreadsheet rows (or the OCDS
 * release index) it came from; {@code problems} what is already wrong with them; {@code locate}
 * turns a field of {@link ProcurementInput} the service complained about (e.g. {@code lots[1].contractValue})
 * into a problem of the file's own row and column.
 */
record ProcurementDraft(String reference, List<Integer> rows, Buyer buyer, ProcurementInput input,
        List<ProcurementImportProblem> problems, Function<String, Located> locate) {

    /** The buyer as the file names it: a register id, a NIP or a name (the first given is used). */
    record Buyer(Long id, String nip, String name, Located where) {
    }

    /** Where a problem is in the file: a row (null for OCDS) and a column or path. */
    record Located(Integer row, String field) {

        ProcurementImportProblem problem(String messageKey, Object... arguments) {
            return new ProcurementImportProblem(row, field, messageKey, arguments);
        }
    }

    ProcurementDraft {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
