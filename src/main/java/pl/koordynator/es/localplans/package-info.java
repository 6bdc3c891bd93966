/**
 * Local social economy development plans (lokalne plany rozwoju ekonomii społecznej) of the gminas and
 * powiats of the region, co-created by the JST, its OWES and ROPS: the plan with its status, adopting
 * resolution, period, goals, actions and indicators; its sections written in versions and commented,
 * with suggested wordings accepted or rejected; the diagnosis prefilled from the platform's figures;
 * the coverage of the region by plans and the monitoring of each plan's indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local plans",
        allowedDependencies = {"shared", "audit", "security", "registry", "territory", "notifications", "privacy",
                "documents", "map", "programme", "needs", "support", "events", "networks", "publicservices",
                "statistics"})
package pl.koordynator.es.localplans;
