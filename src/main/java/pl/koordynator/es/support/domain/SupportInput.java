package pl.koordynator.es.support.domain;

/**
 * A support record as an adviser types it, from the form or the API. Date, hours, form and topic
 * are text, so that a wrong value is reported beside its field like any other: the date as
 * {@code 2025-03-14} or {@code 14.03.2025}, the hours with a dot or a Polish decimal comma.
 * {@code owesId} may be left out by an OWES user (their own OWES); {@code version} is required
 * when editing.
 */
public record SupportInput(Long organisationId, Long owesId, String adviser, String date, String hours, String form,
        String topic, String notes, Long version) {
}
