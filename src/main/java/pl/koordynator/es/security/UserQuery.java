package pl.koordynator.es.security;

/** Filters of the user list; null matches everything. {@code text} searches name, display name and e-mail. */
public record UserQuery(String text, Role role, Boolean enabled) {
}
