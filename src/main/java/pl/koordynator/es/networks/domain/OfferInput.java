package pl.koordynator.es.networks.domain;

/**
 * A need or an offer as a form or the API sends it. {@code organisationId} may be left out by a
 * PES or PARTNER (their own organisation); {@code areaTeryt} is a gmina (7 digits), a powiat (4)
 * or empty for the whole region; {@code notifyMatches}: e-mail the organisation of new matches.
 */
public record OfferInput(String side, Long organisationId, String category, String title, String description,
        String areaTeryt, String deadline, Boolean notifyMatches) {
}
