package pl.koordynator.es.registry.domain;

/**
 * Tax identification number: 10 digits, the last a check digit (weights 6 5 7 2 3 4 5 6 7, mod 11,
 * where 10 is never a valid check digit). The EU VAT prefix "PL" is accepted and dropped.
 */
public record Nip(String value) {

    private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

    public static Nip parse(String raw) {
        String digits = Digits.normalise(raw);
        if (digits.regionMatches(true, 0, "PL", 0, 2)) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !Digits.allDigits(digits)) {
            throw new InvalidValueException("registry.nip.format", "NIP must have 10 digits: " + raw);
        }
        int check = Digits.weightedSum(digits, WEIGHTS) % 11;
        if (check == 10 || check != digits.charAt(9) - '0') {
            throw new InvalidValueException("registry.nip.checksum", "NIP check digit is wrong: " + raw);
        }
        return new Nip(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
