package pl.koordynator.es.localplans;

/**
 * Where a plan indicator's values come from: entered by the JST year by year, a map indicator for the
 * plan's gmina or powiat ({@code sourceCode} = the map's indicator code, e.g. {@code PES_PER_10K}), or a
 * measure of the regional programme split by powiat ({@code sourceCode} = the measure code, e.g.
 * {@code support.pes-supported}; for a powiat plan only, as measures split by powiat, not by gmina).
 */
public enum IndicatorSource {
    ENTERED, MAP, MEASURE
}
