/**
 * Needs reported by local governments, OWES and PES (category, gmina, description), published or
 * rejected by ADMIN; the published ones are counted on the map and listed on the gmina page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reported needs",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry"})
package pl.koordynator.es.needs;
