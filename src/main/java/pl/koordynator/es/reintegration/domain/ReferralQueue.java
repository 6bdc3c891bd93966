package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reintegration.ReadChannel;
import pl.koordynator.es.reintegration.ReferralState;
import pl.koordynator.es.security.Caller;

/**
 * The work queues of an organisation's dashboard: how many referrals wait and the first five, one query
 * each. They read numbers, the other organisation's name, dates and states only, never a person key,
 * a note or a reason; still, a referral shown on a card is a read of it, so the cards log the ones they
 * show through {@link #logShown} (channel LIST, like a list). The organisation is the caller's own party,
 * given by {@link ReintegrationAccess}.
 */
@Component
public class ReferralQueue {

    /** One referral in a queue: its number, the other organisation, the day it matters, its state. */
    public record Waiting(long id, String otherParty, LocalDate on, ReferralState state) {
    }

    /** A queue's length and its first items. */
    public record Queue(long total, List<Waiting> first) {
    }

    private static final int FIRST = 5;

    private final JdbcClient jdbc;
    private final ReferralRepository referrals;
    private final ReintegrationAccess access;

    ReferralQueue(JdbcClient jdbc, ReferralRepository referrals, ReintegrationAccess access) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.access = access;
    }

    /**
     * Logs the referrals shown on the caller's dashboard as reads (channel LIST), in one statement; nothing
     * for a caller who is not signed in or when no referral is shown.
     */
    @Transactional
    public void logShown(Collection<Long> referralIds) {
        Caller caller = access.caller();
        if (referralIds == null || referralIds.isEmpty() || caller.user() == null) {
            return;
        }
        referrals.logReads(new LinkedHashSet<>(referralIds), caller.user().id(), ReadChannel.LIST);
    }

    /** Referrals the organisation sent that wait for the receiver's answer (sent or received), oldest first. */
    public Queue awaitingAnswer(long senderId) {
        return queue("""
                select id, receiver_name as other, referred_on as on_day, state, count(*) over () as total
                from reintegration_referral where sender_id = :organisation and state in ('SENT', 'RECEIVED')
                order by referred_on, id limit :first""", senderId, null);
    }

    /** New referrals to the organisation, not yet received or answered, oldest first. */
    public Queue newlyReceived(long receiverId) {
        return queue("""
                select id, sender_name as other, referred_on as on_day, state, count(*) over () as total
                from reintegration_referral where receiver_id = :organisation and state = 'SENT'
                order by referred_on, id limit :first""", receiverId, null);
    }

    /** Referrals of the organisation's programmes with a follow-up due by today and not recorded, most overdue first. */
    public Queue followUpsDue(long receiverId, LocalDate today) {
        return queue("""
                select r.id, r.sender_name as other, min(f.due_on) as on_day, r.state, count(*) over () as total
                from reintegration_referral r join reintegration_follow_up f on f.referral_id = r.id
                where r.receiver_id = :organisation and f.outcome is null and f.due_on <= :today
                group by r.id, r.sender_name, r.state order by on_day, r.id limit :first""", receiverId, today);
    }

    private Queue queue(String sql, long organisationId, LocalDate today) {
        long[] total = {0};
        var statement = jdbc.sql(sql).param("organisation", organisationId).param("first", FIRST);
        if (today != null) {
            statement = statement.param("today", today);
        }
        List<Waiting> first = statement.query((row, number) -> {
            total[0] = row.getLong("total");
            return new Waiting(row.getLong("id"), row.getString("other"), row.getObject("on_day", LocalDate.class),
                    ReferralState.valueOf(row.getString("state")));
        }).list();
        return new Queue(total[0], first);
    }
}
