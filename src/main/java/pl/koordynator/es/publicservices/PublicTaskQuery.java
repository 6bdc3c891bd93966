package pl.koordynator.es.publicservices;

/** Filters of a list of public tasks, each optional; {@code open}: offers still accepted today. */
public record PublicTaskQuery(String text, Long jstId, Integer year, PublicBenefitArea area, Boolean open,
        Long winnerId) {

    public static PublicTaskQuery all() {
        return new PublicTaskQuery(null, null, null, null, null, null);
    }
}
