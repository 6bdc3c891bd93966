package pl.koordynator.es.publicservices;

/**
 * The groups of art. 96(2)(2) whose employment a buyer may require: the unemployed, juvenile workers
 * in vocational training, persons with disabilities, persons named in the Act on social employment
 * (homeless, addicted, mentally ill, released prisoners, refugees), unemployed persons under 30 or
 * over 50, and others at risk of social exclusion.
 */
public enum EmploymentGroup {
    UNEMPLOYED, JUVENILE_WORKERS, DISABLED, SOCIAL_EMPLOYMENT, UNEMPLOYED_UNDER_30_OVER_50, OTHER_EXCLUDED
}
