package pl.koordynator.es.territory.domain;

import java.util.List;

/**
 * What a boundary import did: units whose geometry was replaced, codes in the file that are no
 * unit of the region, and units of the file's levels that got no feature (they keep the old one).
 */
public record BoundaryImportResult(int matched, int unknown, int missing, List<String> matchedCodes,
        List<String> unknownCodes, List<String> missingCodes) {

    static BoundaryImportResult of(List<String> matched, List<String> unknown, List<String> missing) {
        return new BoundaryImportResult(matched.size(), unknown.size(), missing.size(), List.copyOf(matched),
                List.copyOf(unknown), List.copyOf(missing));
    }
}
