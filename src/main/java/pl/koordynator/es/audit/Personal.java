package pl.koordynator.es.audit;

/**
 * A personal field's value in a state map given to the {@link AuditTrail}: a person's name,
 * e-mail address, phone number, accessibility needs, anything typed about them. The trail compares
 * it like any value but records only that the field changed, never the value, because the trail
 * is kept for years and read by every administrator, while personal data must be erasable (GDPR
 * art. 17) and kept no longer than needed.
 */
public record Personal(Object value) {

    public static Personal of(Object value) {
        return new Personal(value);
    }
}
