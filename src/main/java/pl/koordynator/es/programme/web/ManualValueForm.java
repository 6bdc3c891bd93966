package pl.koordynator.es.programme.web;

import java.math.BigDecimal;

import pl.koordynator.es.programme.domain.ManualValueInput;

/**
 * The manual value form. The value is typed as people write it ("1 234,5" or "1234.5"), so it is
 * a text here and read by {@link #number(String)}; a text that is no number is the form's error.
 */
class ManualValueForm {

    private String period;
    private String value;
    private String evidence;
    private String comment;

    ManualValueInput toInput() {
        return new ManualValueInput(blank(period), number(value), blank(evidence), blank(comment));
    }

    /** A number as typed, Polish or English style; null for an empty field. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
        if (plain.contains(",")) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        return new BigDecimal(plain);
    }

    boolean valueIsNumber() {
        try {
            number(value);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
