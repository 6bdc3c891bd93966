package pl.koordynator.es.catalogue;

/**
 * One recommendation of an application: who recommends the offer (a person's data: erasable by
 * the optional e-mail address, never in the audit trail in clear), from which organisation, and why.
 */
public record MarkRecommendationInput(String name, String email, String organisation, String text) {
}
