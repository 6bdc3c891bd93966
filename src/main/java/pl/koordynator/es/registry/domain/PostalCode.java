package pl.koordynator.es.registry.domain;

/** Polish postal code NN-NNN; "80001" and "80 001" are read as 80-001. */
public record PostalCode(String value) {

    public static PostalCode parse(String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (!typed.matches("\\d{2}[- ]?\\d{3}")) {
            throw new InvalidValueException("registry.postalCode.format", "Postal code must be NN-NNN: " + raw);
        }
        String digits = typed.replaceAll("[- ]", "");
        return new PostalCode(digits.substring(0, 2) + "-" + digits.substring(2));
    }

    @Override
    public String toString() {
        return value;
    }
}
