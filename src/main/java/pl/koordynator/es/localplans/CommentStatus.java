package pl.koordynator.es.localplans;

/**
 * A comment awaits the authors' decision (OPEN) until they accept it (a suggested wording becomes the
 * section's new version; a comment without one is taken into account) or reject it with a reason.
 */
public enum CommentStatus {
    OPEN, ACCEPTED, REJECTED
}
