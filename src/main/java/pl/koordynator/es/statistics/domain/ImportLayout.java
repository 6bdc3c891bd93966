package pl.koordynator.es.statistics.domain;

/**
 * The two layouts of a statistics file: {@code LONG} ({@code teryt;code;year;value}, one value
 * per row) and {@code BDL}, the export of GUS Bank Danych Lokalnych (one row per unit).
 */
public enum ImportLayout {
    LONG, BDL
}
