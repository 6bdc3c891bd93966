/**
 * The register of the region's social economy actors: PES, OWES, local governments, social
 * assistance and labour market institutions, business and science partners, each tied to its
 * gmina, with contact persons, import and export. Every later module reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry",
        allowedDependencies = {"shared", "audit", "security", "territory", "privacy"})
package pl.koordynator.es.registry;
