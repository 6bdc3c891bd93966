package pl.koordynator.es.networks.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;
import pl.koordynator.es.networks.TieStatus;

/**
 * A tie as lists and the API show it. Declared ties have an {@code id}; derived ones have none
 * ({@code id} null), the {@code source} they come from and {@code sourceLabel}, what they were
 * derived from ("Event #12", "Network #3"). {@code status} is today's, computed from the dates.
 */
public record TieView(Long id, long fromOrganisationId, String fromOrganisationName, String fromKind,
        long toOrganisationId, String toOrganisationName, String toKind, SectorPair sectors, TieKind kind,
        boolean directed, LocalDate startsOn, LocalDate endsOn, BigDecimal valuePln, String description,
        String evidenceUrl, Long enteredForOrganisationId, boolean confirmed, TieStatus status, TieSource source,
        String sourceLabel, long version, OffsetDateTime createdAt) {

    /** Confirmed, not withdrawn, and running on some day of the days given. */
    public boolean activeWithin(LocalDate from, LocalDate to) {
        return confirmed && status != TieStatus.WITHDRAWN && !startsOn.isAfter(to)
                && (endsOn == null || !endsOn.isBefore(from));
    }
}
