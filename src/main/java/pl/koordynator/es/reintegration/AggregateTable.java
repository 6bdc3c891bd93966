package pl.koordynator.es.reintegration;

import java.util.List;
import java.util.Map;

/**
 * The anonymous aggregates of referrals of one year or quarter at one level, with small counts of persons
 * suppressed: a count of 1–4 persons, and every cell that would give one away through a total, is a
 * {@link Cell} without a value ("&lt;5"). The pattern is computed over the whole year (the quarters and the
 * year, powiats, subregions and the region, every measure at once), so no two
 * tables of the same year can be combined to recover a hidden value.
 * <p>
 * Cohort: the quarter of the referral's date. Area: the sending organisation's powiat (the person's home
 * area, which the OPS or PUP serves).
 *
 * @param year          the year
 * @param quarter       1–4, or null for the whole year
 * @param level         the level of {@link #areas}
 * @param areas         a row per area of the level (every powiat or subregion, also with no referral); one
 *                      row, the region, at {@link AggregateLevel#REGION}
 * @param region        the region's row (the totals)
 * @param senderKinds   the kinds of sending organisations, in the order of the flows
 * @param receiverKinds the kinds of receiving units, in the order of the flows
 */
public record AggregateTable(int year, Integer quarter, AggregateLevel level, List<Area> areas, Area region,
        List<ReferralPartyKind> senderKinds, List<ReferralPartyKind> receiverKinds) {

    /** The text of a suppressed cell. */
    public static final String SUPPRESSED = "<5";

    /** A count of persons (or of pairs of institutions hidden with them): its value, or none when suppressed. */
    public record Cell(Long value, boolean suppressed) {

        public static Cell of(long value, boolean suppressed) {
            return suppressed ? new Cell(null, true) : new Cell(value, false);
        }

        /** The value as a page or a file shows it: the number or "&lt;5". */
        public String text() {
            return suppressed ? SUPPRESSED : String.valueOf(value);
        }
    }

    /**
     * One area's figures, counts of referrals (persons referred) except {@code cooperatingPairs}.
     *
     * @param code              the powiat's TERYT, the subregion's id, or the region's TERYT
     * @param name              its name
     * @param referrals         referrals sent
     * @param accepted          of them accepted by the receiving unit
     * @param completed         of them whose programme was completed (not interrupted)
     * @param employment        exit outcomes counted as employment (open market, social enterprise, own business)
     * @param exitOutcomes      outcome at the end of the programme, per outcome
     * @param outcomes12Months  outcome at the 12-month follow-up, per outcome
     * @param flows             referrals by the sender's kind and the receiver's kind, with both margins: the
     *                          region's row of the year only, null elsewhere (split by area or quarter nearly
     *                          every flow is under 5, and protecting them hid the region's own totals)
     * @param cooperatingPairs  distinct pairs of sending and receiving institutions: institutions, not
     *                          persons, yet hidden ("&lt;5") wherever {@code referrals} is, as every pair
     *                          referred at least one person and its count would bound the hidden one from below
     */
    public record Area(String code, String name, Cell referrals, Cell accepted, Cell completed, Cell employment,
            Map<ExitOutcome, Cell> exitOutcomes, Map<ExitOutcome, Cell> outcomes12Months, Flows flows,
            Cell cooperatingPairs) {
    }

    /** Referrals by sender kind (rows) and receiver kind (columns), the row and column totals and the total. */
    public record Flows(Map<ReferralPartyKind, Map<ReferralPartyKind, Cell>> cells, Map<ReferralPartyKind, Cell> bySender,
            Map<ReferralPartyKind, Cell> byReceiver, Cell total) {

        public Cell cell(ReferralPartyKind sender, ReferralPartyKind receiver) {
            return cells.get(sender).get(receiver);
        }
    }

    /** The row of the area with this code, if the table has one. */
    public java.util.Optional<Area> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
