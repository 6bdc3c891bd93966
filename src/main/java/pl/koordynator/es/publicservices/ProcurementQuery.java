package pl.koordynator.es.publicservices;

/**
 * Filters of a list of procurements, each optional: words of the title, notice number or buyer; the
 * buyer; the year of the notice; a gmina (7 digits) or powiat (4 digits) of the buyer; a clause type,
 * or any clause ({@code withClauses} true) or none (false); only those open for bids today; only those
 * with a lot won by this organisation.
 */
public record ProcurementQuery(String text, Long buyerId, Integer year, String teryt, ClauseType clause,
        Boolean withClauses, Boolean open, Long wonBy) {

    public static ProcurementQuery all() {
        return new ProcurementQuery(null, null, null, null, null, null, null, null);
    }
}
