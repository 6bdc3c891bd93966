package pl.koordynator.es.registry.domain;

/** People type official numbers with spaces and dashes ("123-456-32-18"); the register keeps digits. */
final class Digits {

    private Digits() {
    }

    static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("[\\s\\-]", "");
    }

    static boolean allDigits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Sum of digit × weight over the weights' length. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
