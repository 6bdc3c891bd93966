package pl.koordynator.es.registry;

import java.time.LocalDate;

/**
 * A person to contact at an organisation. Personal data: shown only to signed-in users with
 * access to the organisation, kept with the date and scope of the person's consent (GDPR).
 */
public record ContactPerson(long id, long organisationId, String name, String function, String email, String phone,
        LocalDate consentDate, String consentScope, long version) {
}
