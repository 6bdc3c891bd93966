package pl.koordynator.es.registry.domain;

/**
 * Number in the National Court Register: exactly 10 digits, leading zeros included, as the court
 * register prints it ("0000123456"); the number has no check digit.
 */
public record Krs(String value) {

    public static Krs parse(String raw) {
        String digits = Digits.normalise(raw);
        if (digits.length() != 10 || !Digits.allDigits(digits) || digits.chars().allMatch(c -> c == '0')) {
            throw new InvalidValueException("registry.krs.format", "KRS must have 10 digits: " + raw);
        }
        return new Krs(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
