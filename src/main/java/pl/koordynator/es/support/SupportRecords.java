package pl.koordynator.es.support;

import java.time.LocalDate;
import java.util.List;

import pl.koordynator.es.reporting.Period;

/** What other modules may ask about the support given to PES; nothing here depends on who is signed in. */
public interface SupportRecords {

    /** The PES supported in the period's days, by the OWES or by any OWES when {@code owesId} is null. */
    default SupportedPes supportedPes(Period period, Long owesId) {
        return supportedPes(period.start(), period.end(), owesId);
    }

    /** The PES supported within the days (both included), by the OWES or by any when it is null. */
    SupportedPes supportedPes(LocalDate from, LocalDate to, Long owesId);

    /** Each OWES–PES pair with a support record within the days (both included), once; one query. */
    List<SupportPair> supportPairs(LocalDate from, LocalDate to);
}
