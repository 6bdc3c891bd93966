package pl.koordynator.es.programme.domain;

/**
 * ROPS's decision on a manual value.
 *
 * @param reason  required when the value is rejected
 * @param version the value's version read; optional
 */
public record ApprovalInput(Boolean approved, String reason, Long version) {
}
