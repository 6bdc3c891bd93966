package pl.koordynator.es.networks.domain;

/** An organisation joining a network: {@code role} as {@code MEMBER}, {@code joinedOn} as a date (today when left out). */
public record MemberInput(Long organisationId, String role, String joinedOn) {
}
