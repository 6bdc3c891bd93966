package pl.koordynator.es.publicservices;

/**
 * The units the social clause measures are grouped by: the whole region, the powiat or the gmina of
 * the buyer's seat (every public buyer counts there), or the buyer itself when it is a JST.
 */
public enum ClauseMeasureLevel {
    REGION, POWIAT, GMINA, JST
}
