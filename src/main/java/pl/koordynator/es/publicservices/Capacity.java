package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import pl.koordynator.es.catalogue.AreaScope;

/**
 * What a PES declares it can deliver besides its catalogue offers: catalogue categories, CPV
 * divisions (2 digits), where, and the largest contract value it can take (null: not declared).
 */
public record Capacity(long organisationId, List<String> categories, List<String> cpvDivisions, AreaScope areaScope,
        List<String> areaTeryts, BigDecimal maxValue, String note, Instant updatedAt, long version) {

    public static Capacity none(long organisationId) {
        return new Capacity(organisationId, List.of(), List.of(), AreaScope.GMINAS, List.of(), null, null, null, 0);
    }
}
