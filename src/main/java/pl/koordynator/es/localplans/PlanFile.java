package pl.koordynator.es.localplans;

/** A document's bytes to download. */
public record PlanFile(String fileName, String contentType, byte[] content) {
}
