package pl.koordynator.es.catalogue;

/** What the buyer is told after sending: which offer of which PES got the inquiry. */
public record InquirySent(long id, long offerId, String offerName, String organisationName) {
}
