package pl.koordynator.es.catalogue;

import java.time.LocalDate;

/**
 * A published offer the caller may apply for the mark for, with its latest licence if it had one
 * (then a renewal is the way, while {@code renewable}).
 */
public record MarkOfferOption(long offerId, String offerName, String organisationName, String licenceNumber,
        LocalDate validUntil, boolean marked, boolean renewable, boolean openApplication) {
}
