/**
 * Cooperation in social and vocational reintegration: the places of the reintegration units (CIS,
 * KIS, ZAZ, WTZ, social enterprises) and the referrals of people at risk of exclusion from the
 * sending institutions (OPS, PCPR, PUP, other units) to them, with the individual programme, its
 * end and the outcomes 3, 6 and 12 months later. A person is known only by a keyed pseudonym; a
 * referral is seen only by the users of its two organisations, every read is logged, and ROPS, the
 * OWES and the committee see aggregates with small cells suppressed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reintegration",
        allowedDependencies = {"shared", "audit", "security", "registry", "territory", "notifications", "privacy",
                "map", "documents", "statistics"})
package pl.koordynator.es.reintegration;
