package pl.koordynator.es.catalogue;

/** The bytes of a news item's picture in one size, as served. */
public record NewsImageFile(byte[] content, String contentType, String sha256) {
}
