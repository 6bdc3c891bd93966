/**
 * The map of social economy resources and needs: register counts per gmina kept up to date on
 * registry events, imported statistics and reported needs brought together per gmina, powiat,
 * subregion and region, the priority index, the public choropleth, tables and profiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Map of resources and needs",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "statistics", "needs"})
package pl.koordynator.es.map;
