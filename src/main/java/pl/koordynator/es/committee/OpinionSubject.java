package pl.koordynator.es.committee;

/** What an opinion is about. */
public enum OpinionSubject {
    PROGRAMME, DRAFT_VOIVODESHIP_RESOLUTION, ANNUAL_REPORT
}
