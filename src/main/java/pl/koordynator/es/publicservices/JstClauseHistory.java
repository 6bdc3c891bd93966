package pl.koordynator.es.publicservices;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JST's social clause measures year by year (the latest first), the region's share in each of those
 * years for comparison, and its latest procurements with a clause.
 *
 * @param unitName the name of its gmina, powiat or voivodeship by TERYT; the organisation's name when unknown
 */
public record JstClauseHistory(long organisationId, String name, JstTier tier, String unitName,
        List<ClauseMeasure> years, Map<Integer, BigDecimal> regionShares, List<ClauseProcurement> latestWithClauses) {

    public JstClauseHistory {
        years = List.copyOf(years);
        regionShares = Map.copyOf(regionShares);
        latestWithClauses = List.copyOf(latestWithClauses);
    }
}
