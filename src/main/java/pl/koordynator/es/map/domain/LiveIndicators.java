package pl.koordynator.es.map.domain;

import java.util.Set;
import pl.koordynator.es.registry.Kind;

/** Codes of the indicators the map computes itself for the current year. */
final class LiveIndicators {

    static final String PES_ACTIVE = "PES_ACTIVE";
    static final String PES_PER_10K = "PES_PER_10K";
    static final String SOCIAL_ENTERPRISES = "SOCIAL_ENTERPRISES";
    static final String REINTEGRATION_PLACES = "REINTEGRATION_PLACES";
    static final String PES_JOBS = "PES_JOBS";
    static final String PES_JOBS_AT_RISK = "PES_JOBS_AT_RISK";
    static final String NEEDS_REPORTED = "NEEDS_REPORTED";
    static final String POPULATION = "POPULATION";
    static final String OF_KIND = "PES_ACTIVE_";

    /** Counted from the register, kept in {@code map_gmina_resource}. */
    static final Set<String> FROM_REGISTER = Set.of(PES_ACTIVE, SOCIAL_ENTERPRISES, REINTEGRATION_PLACES, PES_JOBS,
            PES_JOBS_AT_RISK);

    private LiveIndicators() {
    }

    static String activeOfKind(Kind kind) {
        return OF_KIND + kind.name();
    }

    static boolean fromRegister(String code) {
        return FROM_REGISTER.contains(code) || code.startsWith(OF_KIND);
    }
}
