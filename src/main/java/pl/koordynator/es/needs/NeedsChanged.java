package pl.koordynator.es.needs;

/** Published when a need of a gmina is published, rejected after publication or withdrawn. */
public record NeedsChanged(long needId, String gminaTeryt, NeedStatus status) {
}
