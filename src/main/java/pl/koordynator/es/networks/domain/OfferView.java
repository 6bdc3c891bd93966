package pl.koordynator.es.networks.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;

/** A need or an offer of the cooperation board; {@code ledToTie} is set when it is closed. */
public record OfferView(long id, OfferSide side, long organisationId, String organisationName, String organisationKind,
        OfferCategory category, String title, String description, String areaTeryt, LocalDate deadline,
        boolean notifyMatches, boolean open, OffsetDateTime closedAt, Boolean ledToTie, Long tieId, long version,
        OffsetDateTime createdAt) {
}
