package pl.koordynator.es.committee;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A member appointed to a term: the person, the organisation of the register they represent, the
 * seat category and role. {@code userId} links an account of role COMMITTEE, so that the member
 * votes when signed in; {@code substituteFor} names the member this one replaces.
 */
public record MemberInput(
        @NotNull Long termId,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) String phone,
        Long userId,
        Long organisationId,
        @NotNull SeatCategory category,
        @NotNull MemberRole role,
        @NotNull LocalDate appointedOn,
        Long substituteFor) {

    @Override
    public String toString() {
        return "MemberInput[term " + termId + ", " + category + ", " + role + "]";
    }
}
