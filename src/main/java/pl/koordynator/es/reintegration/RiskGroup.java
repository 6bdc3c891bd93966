package pl.koordynator.es.reintegration;

/**
 * Why the person is at risk of social exclusion, after art. 1(2) of the Act of 13 June 2003 on social
 * employment (ustawa o zatrudnieniu socjalnym); a referral names one or more.
 */
public enum RiskGroup {
    LONG_TERM_UNEMPLOYED, DISABILITY, HOMELESSNESS, ADDICTION_AFTER_TREATMENT, LEAVING_PRISON,
    LEAVING_FOSTER_CARE, REFUGEE, OTHER
}
