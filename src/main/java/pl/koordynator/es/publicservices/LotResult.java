package pl.koordynator.es.publicservices;

/** Where a lot stands: awaiting the outcome, awarded (a contract signed) or cancelled (unieważniona). */
public enum LotResult {
    PENDING, AWARDED, CANCELLED
}
