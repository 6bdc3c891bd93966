package pl.koordynator.es.publicservices;

import java.time.LocalDate;

/** Whether an organisation (a PES or an OWES) gets the daily digest of new matches, and its last one. */
public record DigestSubscription(long organisationId, boolean optedIn, LocalDate lastDigestOn) {
}
