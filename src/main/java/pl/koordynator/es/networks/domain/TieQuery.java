package pl.koordynator.es.networks.domain;

import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.networks.TieKind;
import pl.koordynator.es.networks.TieSource;

/**
 * Filters of the tie list, each optional: an organisation at either end, the kind, the year the
 * tie was active in, the pair of sectors, the source (declared or one of the derived; derived ones
 * need a year), only confirmed ones, a powiat where one end lies.
 */
public record TieQuery(Long organisationId, TieKind kind, Integer year, SectorPair sectors, TieSource source,
        Boolean confirmed, String powiatTeryt) {

    public static TieQuery everything() {
        return new TieQuery(null, null, null, null, null, null, null);
    }
}
