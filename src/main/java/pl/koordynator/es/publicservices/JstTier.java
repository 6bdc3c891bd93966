package pl.koordynator.es.publicservices;

/** Which tier of local government a JST is: a gmina, a powiat or the voivodeship (samorząd województwa). */
public enum JstTier {
    GMINA, POWIAT, VOIVODESHIP
}
