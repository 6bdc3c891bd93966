package pl.koordynator.es.privacy;

import java.util.Locale;
import java.util.regex.Pattern;

import pl.koordynator.es.shared.InvalidInputException;

/**
 * The e-mail address by which a person's data is found: trimmed and in lower case, since the
 * modules keep addresses as people typed them and compare them without regard to case.
 */
public record EmailAddress(String value) {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final int LONGEST = 254;

    public EmailAddress {
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** The address as typed; a missing or malformed one is refused, naming the field {@code email}. */
    public static EmailAddress parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInputException.of("email", "privacy.email.required");
        }
        String value = typed.strip();
        if (value.length() > LONGEST || !FORM.matcher(value).matches()) {
            throw InvalidInputException.of("email", "privacy.email.invalid");
        }
        return new EmailAddress(value);
    }

    /** A placeholder that replaces an erased address where a row must keep one; unique per row, never deliverable. */
    public static String erasedPlaceholder(String kind, long id) {
        return "erased-" + kind + "-" + id + "@invalid";
    }

    /** Whether the address is such a placeholder: nobody is to be written to there. */
    public static boolean isErasedPlaceholder(String address) {
        return address != null && address.startsWith("erased-") && address.endsWith("@invalid");
    }

    @Override
    public String toString() {
        return value;
    }
}
