package pl.koordynator.es.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What an administrator or a provisioning script gives to create an account. */
public record NewUser(
        @NotBlank @Size(min = 3, max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{user.username.pattern}")
        String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull Role role,
        @Positive Long organisationId,
        @NotBlank String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
