package pl.koordynator.es.programme;

/** Whether more of an indicator is better (PES supported) or less (unemployed people). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
