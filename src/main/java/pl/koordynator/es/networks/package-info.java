/**
 * Cooperation networks and partnerships: regional PES networks (by branch or theme, reintegration
 * networks, the OWES network, cross-sector partnerships) with their members over time and their
 * meetings (events of the calendar), ties between organisations (declared and confirmed by both
 * sides, or derived from event attendance, support records and common membership), the
 * cooperation offers board, the measures of ties per year and territory, and the graph metrics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation networks",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "events", "support",
                "notifications", "map", "statistics", "documents", "privacy"})
package pl.koordynator.es.networks;
