package pl.koordynator.es.publicservices;

import java.util.List;
import java.util.Optional;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Procurements of public buyers and their outcomes. ROPS enters any; a PARTNER account enters those
 * of the public body it acts for; every signed-in user reads them (notices are public information).
 * A bad value is an {@code InvalidInputException} naming the field and changes nothing.
 */
public interface Procurements {

    ProcurementView create(ProcurementInput input);

    /** Replaces the procurement (lots included) written at {@code version}, else a conflict. */
    ProcurementView update(long id, long version, ProcurementInput input);

    /** Removes a procurement entered by mistake (ROPS or its buyer). */
    void delete(long id);

    ProcurementView procurement(long id);

    /** The latest notice first. */
    PageOf<ProcurementSummary> procurements(ProcurementQuery query, Paging paging);

    /**
     * The procurement an import would update: the one with this OCDS id, else with this notice
     * number; both may be null.
     */
    Optional<ProcurementView> findByReference(String ocdsId, String noticeNumber);

    /**
     * Creates or, when {@link #findByReference} finds one, replaces procurements as an import of the
     * given source; in the caller's transaction, so that an import stands or falls as a whole. The
     * caller must be allowed to enter each of them.
     */
    ProcurementView save(ProcurementInput input, ProcurementSource source);

    /** Open procurements (deadline today or later), the nearest deadline first; for matching. */
    List<ProcurementView> openForBids();
}
