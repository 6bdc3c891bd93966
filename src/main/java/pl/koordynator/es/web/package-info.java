/**
 * The frame around every module: layout, language, home page, dashboards per role, error and
 * accessibility pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web frame",
        allowedDependencies = {"shared", "security", "audit", "privacy"})
package pl.koordynator.es.web;
