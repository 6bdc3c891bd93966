/**
 * OWES periodic reports: templates with indicators and rules, one report per OWES, template and
 * period with the DRAFT → SUBMITTED → APPROVED/RETURNED workflow, regional aggregates of the
 * approved reports and completeness of reporting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OWES reports",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "notifications", "documents"})
package pl.koordynator.es.reporting;
