package pl.koordynator.es.registry;

import java.util.Map;

/**
 * What the register holds in one gmina today, counting active organisations only: PES by kind,
 * organisations whose social enterprise status holds today, reintegration places (CIS, KIS, ZAZ,
 * WTZ), and jobs in PES, of which for people at risk of social exclusion.
 */
public record GminaResources(String gminaTeryt, Map<Kind, Long> activePesByKind, long socialEnterprises,
        long reintegrationPlaces, long pesJobs, long pesJobsAtRisk) {

    public long activePes() {
        return activePesByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
