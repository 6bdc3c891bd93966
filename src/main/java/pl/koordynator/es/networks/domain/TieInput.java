package pl.koordynator.es.networks.domain;

/**
 * A declared tie as a form or the API sends it. Dates as {@code 2025-03-14} or {@code 14.03.2025},
 * the value in PLN with a dot or a decimal comma. {@code confirmed} is honoured for ROPS only;
 * anyone else's tie waits for the other side. {@code version} is required to change a tie.
 */
public record TieInput(Long fromOrganisationId, Long toOrganisationId, String kind, Boolean directed,
        String startsOn, String endsOn, String valuePln, String description, String evidenceUrl, Boolean confirmed,
        Boolean withdrawn, Long version) {
}
