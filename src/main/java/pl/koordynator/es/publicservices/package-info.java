/**
 * Public-utility services delivered by PES: procurements of public buyers with the social clauses
 * of the Public Procurement Law (art. 94, 95, 96(2)(2), social award criteria, art. 359-361) and
 * their outcomes, public tasks commissioned to NGOs and PES, the measures of both per JST and for
 * the region, and the matching of PES able to deliver to open opportunities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public services",
        allowedDependencies = {"shared", "audit", "security", "registry", "territory", "notifications", "privacy",
                "catalogue", "map", "statistics"})
package pl.koordynator.es.publicservices;
