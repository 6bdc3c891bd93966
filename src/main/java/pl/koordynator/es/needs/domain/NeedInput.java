package pl.koordynator.es.needs.domain;

/**
 * A need as a submitter types it, from the form or the API. Everything is text, so that a wrong
 * category is reported beside its field like any other bad value; {@code version} is required
 * when editing.
 */
public record NeedInput(String category, String gminaTeryt, String title, String description, Long version) {
}
