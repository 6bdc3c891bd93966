/**
 * The audit trail: who created, changed or deleted which record, when, and which fields changed
 * from what to what. Every module records its writes here through {@link pl.koordynator.es.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "shared")
package pl.koordynator.es.audit;
