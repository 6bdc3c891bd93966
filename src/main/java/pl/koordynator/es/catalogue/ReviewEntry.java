package pl.koordynator.es.catalogue;

import java.time.OffsetDateTime;

/** A step of an offer's review: the status it went to, when, and the comment of a return. */
public record ReviewEntry(OffsetDateTime at, OfferStatus status, String comment) {
}
