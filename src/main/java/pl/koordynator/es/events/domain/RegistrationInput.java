package pl.koordynator.es.events.domain;

/**
 * A person signing up for an event. {@code organisationId} is set when they picked their
 * organisation from the register (then its registered name is kept); otherwise the name is as typed.
 * {@code altcha}: the solved proof-of-work challenge, required of visitors without an account.
 */
public record RegistrationInput(String name, String email, Long organisationId, String organisationName,
        String accessibilityNeeds, Boolean consent, String altcha) {
}
