package pl.koordynator.es.publicservices;

import java.util.List;

/**
 * PES able to deliver open procurements and open calls: from their published catalogue offers and
 * their declared capacity. Who sees what: ROPS all matches; the buyer's PARTNER all matches of its
 * own procurements and calls; an OWES the matches among the PES it serves; a PES only itself; anyone
 * else is refused. A bad value is an {@code InvalidInputException} naming the field.
 */
public interface ProcurementMatching {

    /** The PES matching a procurement open for bids, best first; empty once its deadline passed. */
    List<PesMatch> procurementMatches(long procurementId);

    /** The PES matching a public task's open call, best first; empty once its deadline passed. */
    List<PesMatch> publicTaskMatches(long publicTaskId);

    /**
     * Open opportunities matching the caller's PES, or for an OWES those of the PES it serves; the
     * nearest deadline first. Empty for everyone else.
     */
    List<Opportunity> opportunities();

    /** Records whether the PES bid (null: unknown again); the PES itself, its OWES or ROPS. */
    void recordBid(OpportunityKind kind, long opportunityId, long organisationId, Boolean bid);

    /** The declared capacity of a PES (empty when none), for itself, its OWES or ROPS. */
    Capacity capacity(long organisationId);

    /** Replaces the declared capacity of a PES; the PES itself, its OWES or ROPS. */
    Capacity saveCapacity(long organisationId, CapacityInput input);

    /** The caller's organisation's digest subscription (a PES or OWES account). */
    DigestSubscription digest();

    /** Opts the caller's organisation in or out of the daily digest. */
    DigestSubscription setDigest(boolean optedIn);
}
