package pl.koordynator.es.reintegration;

/**
 * The person's individual programme: IPZS (indywidualny program zatrudnienia socjalnego, CIS/KIS),
 * IPR (indywidualny program rehabilitacji, WTZ/ZAZ), IPD (indywidualny plan działania, PUP).
 */
public enum ProgrammeKind {
    IPZS, IPR, IPD
}
