package pl.koordynator.es.programme;

/** How an indicator's values over several periods make one (a year's, the cumulative one). */
public enum TimeAggregation {
    /** Values of the periods add up (people trained each year). */
    SUM,
    /** The value at the end of the last period counts (PS active at year end). */
    END_VALUE,
    /** The mean of the periods' values (a share, a rate). */
    AVERAGE
}
