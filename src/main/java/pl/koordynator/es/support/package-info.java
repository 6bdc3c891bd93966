/**
 * Support given by an OWES to a PES: specialist consulting, mentoring, training and study visits
 * (who, when, how many hours, on what). "PES supported" in a period is counted from these records
 * and from event attendance, so an OWES never types it twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support for PES",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "events", "reporting"})
package pl.koordynator.es.support;
