package pl.koordynator.es.support;

import java.time.LocalDate;

import pl.koordynator.es.reporting.Period;

/** What other modules may ask about the support given to PES; nothing here depends on who is signed in. */
public interface SupportRecords {

    /** The PES supported in the period's days, by the OWES or by any OWES when {@code owesId} is null. */
    default SupportedPes supportedPes(Period period, Long owesId) {
        return supportedPes(period.start(), period.end(), owesId);
    }

    /** The PES supported within the days (both included), by the OWES or by any when it is null. */
    SupportedPes supportedPes(LocalDate from, LocalDate to, Long owesId);
}
