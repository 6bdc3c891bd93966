package pl.koordynator.es.registry.domain;

/**
 * Statistical number REGON: 9 digits for an entity, 14 for its local unit, the last digit a check
 * digit (mod 11 of the weighted sum, 10 counting as 0). A 14-digit REGON starts with the 9-digit
 * REGON of its entity, which must be valid as well.
 */
public record Regon(String value) {

    private static final int[] WEIGHTS_9 = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] WEIGHTS_14 = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    public static Regon parse(String raw) {
        String digits = Digits.normalise(raw);
        if ((digits.length() != 9 && digits.length() != 14) || !Digits.allDigits(digits)) {
            throw new InvalidValueException("registry.regon.format", "REGON must have 9 or 14 digits: " + raw);
        }
        if (!checks(digits.substring(0, 9), WEIGHTS_9) || (digits.length() == 14 && !checks(digits, WEIGHTS_14))) {
            throw new InvalidValueException("registry.regon.checksum", "REGON check digit is wrong: " + raw);
        }
        return new Regon(digits);
    }

    private static boolean checks(String digits, int[] weights) {
        int check = Digits.weightedSum(digits, weights) % 11 % 10;
        return check == digits.charAt(weights.length) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
