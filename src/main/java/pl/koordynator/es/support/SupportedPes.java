package pl.koordynator.es.support;

import java.time.LocalDate;
import java.util.List;

/**
 * The PES supported within {@code from}..{@code to} (both included), by one OWES or by any when
 * {@code owesId} is null: distinct PES with a support record dated in the days or whose people
 * attended an event of the OWES. {@code fromSupport} and {@code fromEvents} count each source on
 * its own, so a PES found in both counts once in {@code count} and once in each of them.
 * {@code organisations} names them; null when the reader may see the counts only.
 */
public record SupportedPes(LocalDate from, LocalDate to, Long owesId, long count, long fromSupport, long fromEvents,
        List<SupportedOrganisation> organisations) {

    /** The counts alone, for readers who may not learn which PES an OWES supported. */
    public SupportedPes withoutNames() {
        return new SupportedPes(from, to, owesId, count, fromSupport, fromEvents, null);
    }
}
