package pl.koordynator.es.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A change of an account by an administrator. Display name and e-mail are kept when null;
 * {@code version}, when given, must match the stored one, so a concurrent edit is refused.
 */
public record UserChange(
        @NotNull Role role,
        @Positive Long organisationId,
        @NotNull Boolean enabled,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{user.displayName.blank}") String displayName,
        @Email @Size(max = 254) String email,
        Integer version) {
}
