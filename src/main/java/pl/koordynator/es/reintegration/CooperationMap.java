package pl.koordynator.es.reintegration;

import java.util.List;

/**
 * The cooperation map: every powiat of the region with the number of distinct pairs of institutions (a sender
 * of the powiat and the unit it referred to) that cooperated in the period, and its referrals with the same
 * suppression as {@link AggregateTable}.
 *
 * @param year             the year
 * @param quarter          1–4, or null for the whole year
 * @param powiats          every powiat of the region, by name
 * @param regionPairs      distinct pairs in the whole region (a pair of two powiats' institutions counts once),
 *                         hidden when the region's referrals are
 * @param regionReferrals  the region's referrals
 */
public record CooperationMap(int year, Integer quarter, List<Powiat> powiats, AggregateTable.Cell regionPairs,
        AggregateTable.Cell regionReferrals) {

    /**
     * A powiat: its pairs of cooperating institutions and its referrals (persons, suppressed); the pairs are
     * hidden where the referrals are, as pairs &le; referrals would bound a hidden count from below.
     */
    public record Powiat(String teryt, String name, AggregateTable.Cell pairs, AggregateTable.Cell referrals) {
    }
}
