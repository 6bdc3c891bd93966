/**
 * The public catalogue of products and services of PES: offers with photos and their review,
 * the search with facets, buyers' inquiries forwarded to the PES, view counts, the "Zakup
 * Prospołeczny" mark with its board, news and social campaigns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
        allowedDependencies = {"shared", "audit", "security", "registry", "territory", "notifications", "privacy", "events"})
package pl.koordynator.es.catalogue;
