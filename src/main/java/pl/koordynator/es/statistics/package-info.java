/**
 * Public statistics per unit and year (population, registered unemployed, social assistance and
 * whatever else ADMIN defines), imported from long CSV or GUS BDL exports, and the catalogue of
 * indicators the map shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = {"shared", "audit", "security", "territory", "privacy"})
package pl.koordynator.es.statistics;
