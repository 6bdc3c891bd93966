package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;

/** An inquiry as the PES that got it sees it (nobody else sees the buyer or the message). */
public record InquiryView(long id, long offerId, String offerName, long organisationId, String buyerName,
        String buyerEmail, String buyerOrganisation, String message, InquiryOutcome outcome,
        OffsetDateTime createdAt, OffsetDateTime outcomeAt, long version) {
}
