package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import pl.koordynator.es.networks.TieKind;

/** A declared tie as stored. */
record TieRow(long id, long fromOrganisationId, long toOrganisationId, TieKind kind, boolean directed,
        LocalDate startsOn, LocalDate endsOn, BigDecimal valuePln, String description, String evidenceUrl,
        Long enteredForOrganisationId, boolean confirmed, String confirmedBy, OffsetDateTime confirmedAt,
        boolean withdrawn, String createdBy, long version, OffsetDateTime createdAt) {
}
