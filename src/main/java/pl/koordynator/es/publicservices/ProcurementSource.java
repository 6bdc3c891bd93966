package pl.koordynator.es.publicservices;

/** How a procurement came in: typed in, a CSV/XLSX import or an OCDS release package. */
public enum ProcurementSource {
    MANUAL, FILE, OCDS
}
