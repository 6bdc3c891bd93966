package pl.koordynator.es.reintegration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the anonymous statistic written straight with SQL, as the triggers of V41 would keep them for
 * referrals: the aggregates read nothing else.
 */
public final class ReintegrationStatisticFixtures {

    private final JdbcClient jdbc;

    public ReintegrationStatisticFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code count} referrals of a quarter from a JSPS of the powiat to a CIS (ids 1 and 2 + powiat), accepted. */
    public void referrals(int count, int year, int quarter, String powiat) {
        referrals(count, year, quarter, powiat, 1000 + Long.parseLong(powiat), "JSPS", 2000 + Long.parseLong(powiat),
                "CIS", true, false, null, null);
    }

    public void referrals(int count, int year, int quarter, String powiat, long senderId, String senderKind,
            long receiverId, String receiverKind, boolean accepted, boolean completed, String exitOutcome,
            String outcome12Months) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into reintegration_statistic (year, quarter, sender_id, sender_kind, sender_powiat_teryt,
                        receiver_id, receiver_kind, receiver_powiat_teryt, accepted, completed, exit_outcome,
                        outcome_12_months)
                    values (:year, :quarter, :sender, :senderKind, :powiat, :receiver, :receiverKind, :powiat,
                        :accepted, :completed, :exit, :months12)
                    """).param("year", year).param("quarter", quarter).param("sender", senderId)
                    .param("senderKind", senderKind).param("powiat", powiat).param("receiver", receiverId)
                    .param("receiverKind", receiverKind).param("accepted", accepted).param("completed", completed)
                    .param("exit", exitOutcome).param("months12", outcome12Months).update();
        }
    }
}
