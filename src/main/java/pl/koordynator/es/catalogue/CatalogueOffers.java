package pl.koordynator.es.catalogue;

import java.util.List;

import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * Offers of PES. A PES writes the offers of its own organisation, an OWES those of the PES it
 * serves, ROPS any; ROPS or the serving OWES publishes or returns them. Visitors see published
 * offers of active organisations only; an offer the caller may not see is not found.
 */
public interface CatalogueOffers {

    /** A new draft for a PES-kind organisation the caller writes for. */
    OfferView create(OfferInput input);

    /**
     * Changes an offer of the given {@code version} (else a conflict). A published offer whose
     * name or description changes goes back to review and off the public catalogue; a change of
     * price, minimum order, lead time, areas or contact keeps it published.
     */
    OfferView update(long offerId, long version, OfferInput input);

    /** A draft, returned or withdrawn offer goes to review. */
    OfferView submit(long offerId);

    /** ROPS or the serving OWES publishes an offer in review. */
    OfferView publish(long offerId);

    /** ROPS or the serving OWES returns an offer in review with a comment (required). */
    OfferView returnForChanges(long offerId, String comment);

    /** The writer takes an offer off the catalogue (or out of review). */
    OfferView withdraw(long offerId);

    /** An offer the caller may see: published to anyone, others to who may write or review it. */
    OfferView offer(long offerId);

    /** The steps of an offer's review, oldest first, to those who may write or review it. */
    List<ReviewEntry> history(long offerId);

    /**
     * The offers the caller writes or reviews, the latest change first: a PES its own, an OWES
     * those of the PES it serves, ROPS all.
     */
    PageOf<OfferSummary> offers(OfferQuery query, Paging paging);

    /** Offers in review the caller may publish, the oldest submitted first: ROPS all, an OWES those of PES it serves. */
    PageOf<OfferSummary> reviewQueue(Paging paging);

    /** The public catalogue: published offers of active organisations, with facets. */
    OfferSearchResult search(OfferSearch search);

    /** The published offers of one organisation, by name (its page, the organisation card). */
    List<OfferSummary> publishedOf(long organisationId);

    /** Top categories and their subcategories, in their order. */
    List<Category> categories();

    /** Counts one view of a published offer today; nothing about the visitor is kept. */
    void recordView(long offerId);

    /** Views of the published offers of an organisation in the last {@code days} days, for who may write them. */
    long recentViews(long organisationId, int days);
}
