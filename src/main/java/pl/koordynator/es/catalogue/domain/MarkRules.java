package pl.koordynator.es.catalogue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rules of the "Zakup Prospołeczny" mark, in one place: the criteria's thresholds, the board's
 * majority, the licence's number and term, and who may still renew.
 */
public final class MarkRules {

    /** Own revenue (sales of goods and services) must be at least this share of total revenue. */
    public static final BigDecimal MIN_OWN_REVENUE_PERCENT = BigDecimal.valueOf(30);

    /** Months of activity an applicant needs. */
    public static final int ACTIVITY_MONTHS = 6;

    /** Days after its end in which an expired licence may still be renewed rather than applied for anew. */
    public static final int RENEWAL_GRACE_DAYS = 90;

    /** Reminders go this many days before a licence ends. */
    public static final int FIRST_REMINDER_DAYS = 30;
    public static final int LAST_REMINDER_DAYS = 7;

    private MarkRules() {
    }

    /** Own revenue as a percentage of total revenue, two decimals, rounded down so that 29.999 % is not 30 %. */
    public static BigDecimal ownRevenueShare(BigDecimal own, BigDecimal total) {
        return own.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.DOWN);
    }

    public static boolean ownRevenueMet(BigDecimal share) {
        return share.compareTo(MIN_OWN_REVENUE_PERCENT) >= 0;
    }

    /** Active since {@code since} for at least {@value #ACTIVITY_MONTHS} whole months by {@code today}. */
    public static boolean activityMet(LocalDate since, LocalDate today) {
        return since != null && !since.plusMonths(ACTIVITY_MONTHS).isAfter(today);
    }

    /**
     * The board grants when more of its members voted for than against among the votes cast; an
     * abstention counts for neither side, and with no vote for nothing is granted. A simple
     * majority of votes cast, as the committee's SIMPLE rule, because the board has no fixed size
     * (ROPS administrators and the members it names) to count an absolute majority against.
     */
    public static boolean grantable(int forVotes, int against) {
        return forVotes > against;
    }

    /** {@code ZP/2026/007}: the year of the decision and the licence's place in that year. */
    public static String licenceNumber(int year, int number) {
        return "ZP/%d/%03d".formatted(year, number);
    }

    /**
     * The last day of a licence granted on {@code decidedOn}: a year less a day; a renewal whose
     * previous licence is still valid then continues from that licence's end, so the holder loses
     * no day by applying early.
     */
    public static LocalDate validUntil(LocalDate decidedOn, LocalDate previousValidUntil) {
        if (previousValidUntil != null && !previousValidUntil.isBefore(decidedOn)) {
            return previousValidUntil.plusYears(1);
        }
        return decidedOn.plusYears(1).minusDays(1);
    }

    /** A licence not revoked, valid today or ended less than {@value #RENEWAL_GRACE_DAYS} days ago. */
    public static boolean renewable(LocalDate validUntil, LocalDate revokedOn, LocalDate today) {
        return revokedOn == null && validUntil.plusDays(RENEWAL_GRACE_DAYS).isAfter(today);
    }
}
