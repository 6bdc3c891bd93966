package pl.koordynator.es.publicservices.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Once a day, e-mails each opted-in PES the open opportunities newly matching it, and each opted-in
 * OWES those of the PES it serves: one plain-text e-mail in Polish per organisation, never more than
 * one a day. The day is claimed per organisation with one conditional update of
 * {@code last_digest_on}, in the same transaction that marks the matches notified and writes the
 * e-mail to the outbox, so two instances (or two runs) cannot send it twice; a day without new matches
 * claims nothing.
 */
@Component
class MatchingDigest {

    private static final Logger log = LoggerFactory.getLogger(MatchingDigest.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MatchRecords records;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Organisations organisations;
    private final MatchingReasonTexts reasons;
    private final MessageSource messages;
    private final PlatformSettings platform;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MatchingDigest(MatchRecords records, JdbcClient jdbc, Notifications notifications, Organisations organisations,
            MatchingReasonTexts reasons, MessageSource messages, PlatformSettings platform,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.organisations = organisations;
        this.reasons = reasons;
        this.messages = messages;
        this.platform = platform;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${koordynator.publicservices.matching-digest-cron:0 40 6 * * *}")
    @SchedulerLock(name = "publicservices.matching-digest", lockAtMostFor = "PT15M")
    void sendJob() {
        int sent = send(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Matching digests sent to {} organisation(s)", sent);
        }
    }

    private record Line(String kind, long opportunityId, String title, String buyer, LocalDate deadline,
            String pesName, List<MatchReason> reasons) {
    }

    /** Records today's matches and sends the digests due on {@code today}; returns how many were sent. */
    int send(LocalDate today) {
        records.recordMatches(today);
        List<Long> subscribed = jdbc.sql("""
                select organisation_id from publicservices_digest_subscription
                 where opted_in and (last_digest_on is null or last_digest_on < :today) order by organisation_id""")
                .param("today", today).query(Long.class).list();
        int sent = 0;
        for (long organisationId : subscribed) {
            Optional<OrganisationView> organisation = organisations.find(organisationId);
            if (organisation.isEmpty()) {
                continue;
            }
            Boolean done = transactions.execute(status -> {
                boolean claimed = jdbc.sql("""
                        update publicservices_digest_subscription set last_digest_on = :today
                         where organisation_id = :id and opted_in
                           and (last_digest_on is null or last_digest_on < :today)""")
                        .param("today", today).param("id", organisationId).update() == 1;
                if (!claimed) {
                    return false;
                }
                boolean owes = organisation.get().kind() == Kind.OWES;
                List<Line> lines = owes ? forOwes(organisationId, today) : forPes(organisationId, today);
                if (lines.isEmpty()) {
                    status.setRollbackOnly();
                    return false;
                }
                notifications.toOrganisation(organisationId, text("publicservices.matching.mail.subject",
                        lines.size()), body(lines, owes));
                jdbc.sql("update publicservices_match set " + (owes ? "owes_notified_at" : "notified_at")
                        + " = now() where id = any(:ids)")
                        .param("ids", ids(organisationId, owes, today)).update();
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Line> forPes(long pesId, LocalDate today) {
        return lines("m.organisation_id = :organisation and m.notified_at is null", pesId, today);
    }

    private List<Line> forOwes(long owesId, LocalDate today) {
        return lines("m.organisation_id = any(:served) and m.owes_notified_at is null", owesId, today);
    }

    private Long[] served(long owesId) {
        return organisations.activePesServedBy(owesId).stream().map(OrganisationView::id).toArray(Long[]::new);
    }

    private Long[] ids(long organisationId, boolean owes, LocalDate today) {
        String condition = owes ? "m.organisation_id = any(:served) and m.owes_notified_at is null"
                : "m.organisation_id = :organisation and m.notified_at is null";
        return jdbc.sql("""
                select m.id from publicservices_match m
                  left join publicservices_procurement p on p.id = m.procurement_id
                  left join publicservices_public_task t on t.id = m.public_task_id
                 where %s and coalesce(p.bid_deadline, t.offer_deadline) >= :today""".formatted(condition))
                .param("organisation", organisationId).param("served", owes ? served(organisationId) : new Long[0])
                .param("today", today).query(Long.class).list().toArray(Long[]::new);
    }

    private List<Line> lines(String condition, long organisationId, LocalDate today) {
        Long[] served = condition.contains(":served") ? served(organisationId) : new Long[0];
        return jdbc.sql("""
                select case when m.procurement_id is not null then 'P' else 'T' end,
                       coalesce(m.procurement_id, m.public_task_id), coalesce(p.title, t.call_title),
                       coalesce(p.buyer_name, t.jst_name), coalesce(p.bid_deadline, t.offer_deadline),
                       m.organisation_name, m.reasons
                  from publicservices_match m
                  left join publicservices_procurement p on p.id = m.procurement_id
                  left join publicservices_public_task t on t.id = m.public_task_id
                 where %s and coalesce(p.bid_deadline, t.offer_deadline) >= :today
                 order by coalesce(p.bid_deadline, t.offer_deadline), m.score desc, m.id""".formatted(condition))
                .param("organisation", organisationId).param("served", served).param("today", today)
                .query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6),
                        MatchingCandidates.strings(rs.getArray(7)).stream().map(MatchReason::parse).toList()))
                .list();
    }

    private String body(List<Line> lines, boolean owes) {
        StringBuilder text = new StringBuilder(text(owes ? "publicservices.matching.mail.introOwes"
                : "publicservices.matching.mail.intro", lines.size())).append("\n\n");
        for (Line line : lines) {
            String path = "P".equals(line.kind()) ? "/zamowienia/" + line.opportunityId()
                    : "/zadania-publiczne/" + line.opportunityId();
            text.append("- ").append(line.title()).append('\n');
            if (owes) {
                text.append("  ").append(text("publicservices.matching.mail.pes", line.pesName())).append('\n');
            }
            text.append("  ").append(text("publicservices.matching.mail.buyer", line.buyer())).append('\n')
                    .append("  ").append(text("publicservices.matching.mail.deadline", DATE.format(line.deadline())))
                    .append('\n')
                    .append("  ").append(text("publicservices.matching.mail.reasons",
                            reasons.text(line.reasons(), POLISH))).append('\n')
                    .append("  ").append(platform.link(path)).append("\n\n");
        }
        text.append(text("publicservices.matching.mail.footer", platform.link("/zamowienia/okazje")));
        return text.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
