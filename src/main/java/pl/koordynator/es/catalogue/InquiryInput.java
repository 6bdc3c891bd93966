package pl.koordynator.es.catalogue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A buyer's inquiry about an offer. {@code consent} to pass the data to the PES is required;
 * {@code altcha}: the solved proof-of-work challenge, required of visitors without an account.
 */
public record InquiryInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 300) String organisation,
        @NotBlank @Size(max = 3000) String message,
        Boolean consent,
        String altcha) {
}
