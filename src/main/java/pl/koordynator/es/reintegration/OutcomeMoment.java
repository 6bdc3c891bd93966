package pl.koordynator.es.reintegration;

/** When an outcome is recorded: at the end of the programme, or 3, 6 or 12 months after it. */
public enum OutcomeMoment {
    EXIT(0), MONTHS_3(3), MONTHS_6(6), MONTHS_12(12);

    private final int months;

    OutcomeMoment(int months) {
        this.months = months;
    }

    /** Months after the end of the programme. */
    public int months() {
        return months;
    }
}
