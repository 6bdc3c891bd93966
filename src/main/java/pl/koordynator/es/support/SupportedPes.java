package pl.koordynator.es.support;

import java.time.LocalDate;
import java.util.List;

/**
 * The PES supported within {@code from}..{@code to} (both included), by one OWES or by any when
 * {@code owesId} is null: distinct PES with a support record dated in the days or whose people
 * attended an event of the OWES. {@code fromSupport} and {@code fromEvents} count each source on
 * its own, so a PES found in both counts once in {@code count} and once in each of them.
 */
public record SupportedPes(LocalDate from, LocalDate to, Long owesId, long count, long fromSupport, long fromEvents,
        List<SupportedOrganisation> organisations) {
}
