package pl.koordynator.es.catalogue;

/** A recommendation as the board and the applicant read it. */
public record MarkRecommendationView(int position, String name, String organisation, String text) {
}
