package pl.koordynator.es.needs;

/** A reported need waits for ADMIN, who publishes it on the map or rejects it with a reason. */
public enum NeedStatus {
    SUBMITTED, PUBLISHED, REJECTED
}
