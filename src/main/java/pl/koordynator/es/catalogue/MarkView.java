package pl.koordynator.es.catalogue;

import java.time.LocalDate;

/** A valid mark: the licence of an offer, as the public list shows it. */
public record MarkView(long licenceId, String licenceNumber, long offerId, String offerName, long organisationId,
        String organisationName, LocalDate grantedOn, LocalDate validUntil) {
}
