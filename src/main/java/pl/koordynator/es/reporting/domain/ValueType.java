package pl.koordynator.es.reporting.domain;

/** What an indicator's value is; percentages lie between 0 and 100. */
public enum ValueType {
    INTEGER, DECIMAL, PERCENT, TEXT;

    public boolean numeric() {
        return this != TEXT;
    }
}
