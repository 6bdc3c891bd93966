package pl.koordynator.es.committee.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.committee.MeetingMode;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Meeting invitations by e-mail through the outbox, each with an {@code .ics}: to every member
 * current on the meeting's day who has an e-mail address, at least {@code invitation_days_ahead}
 * days before the meeting (a job that runs on one instance at a time and claims each meeting with
 * one update, so no meeting is announced twice), or at once when ROPS asks. A change of an announced
 * meeting goes out again with the SEQUENCE raised; a cancellation as METHOD:CANCEL.
 */
@Component
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", POLISH);

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PlatformSettings platform;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Notifications notifications, MessageSource messages, PlatformSettings platform,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.messages = messages;
        this.platform = platform;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${koordynator.committee.invitations-cron:0 */15 * * * *}")
    @SchedulerLock(name = "committee.invitations", lockAtMostFor = "PT10M")
    void sendDueJob() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Committee invitations sent for {} meeting(s)", sent);
        }
    }

    /** Announces every planned meeting within the days ahead not announced yet; returns how many meetings. */
    int sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> due = jdbc.sql("""
                select g.id from committee_meeting g, committee_settings s
                where s.id = 1 and g.status = 'PLANNED' and g.invitations_sent_at is null and g.starts_at > :now
                    and g.starts_at <= :now + make_interval(days => s.invitation_days_ahead)
                order by g.starts_at""").param("now", now).query(Long.class).list();
        int meetings = 0;
        for (long id : due) {
            Integer sent = transactions.execute(status -> sendFirst(id));
            if (sent != null && sent >= 0) {
                meetings++;
            }
        }
        return meetings;
    }

    /**
     * The first invitations to a meeting, claimed by setting when they went out: -1 when another
     * instance or request already did. Runs in the caller's transaction.
     */
    int sendFirst(long meetingId) {
        int claimed = jdbc.sql("""
                update committee_meeting set invitations_sent_at = :now
                where id = :id and invitations_sent_at is null and status = 'PLANNED'""")
                .param("now", OffsetDateTime.now(clock)).param("id", meetingId).update();
        return claimed == 1 ? send(meetingId) : -1;
    }

    /** A change or a cancellation of an announced meeting: the SEQUENCE rises and every member hears of it. */
    int resend(long meetingId) {
        jdbc.sql("""
                update committee_meeting set invitation_sequence = invitation_sequence + 1, invitations_sent_at = :now
                where id = :id""").param("now", OffsetDateTime.now(clock)).param("id", meetingId).update();
        return send(meetingId);
    }

    private record Meeting(long id, int number, int termNumber, OffsetDateTime startsAt, OffsetDateTime endsAt,
            MeetingMode mode, String venue, String onlineLink, boolean cancelled, int sequence) {
    }

    private record Recipient(String email) {
    }

    private int send(long meetingId) {
        Meeting meeting = meeting(meetingId);
        List<String> agenda = agenda(meetingId);
        var day = meeting.startsAt().atZoneSameInstant(platform.timeZone()).toLocalDate();
        List<Recipient> recipients = jdbc.sql("""
                select email from committee_member m join committee_meeting g on g.term_id = m.term_id
                where g.id = :id and m.email is not null and m.appointed_on <= :day
                    and (m.ended_on is null or m.ended_on > :day)
                order by m.id""").param("id", meetingId).param("day", day)
                .query((rs, n) -> new Recipient(rs.getString(1))).list();
        String when = WHEN.format(meeting.startsAt().atZoneSameInstant(platform.timeZone()));
        String mode = text("committee.MeetingMode." + meeting.mode().name());
        String where = place(meeting);
        String link = link(meeting);
        String subjectKey = meeting.cancelled() ? "committee.core.mail.cancelled.subject"
                : meeting.sequence() > 0 ? "committee.core.mail.changed.subject" : "committee.core.mail.invitation.subject";
        String subject = text(subjectKey, meeting.number(), meeting.termNumber(), when);
        String body = text(meeting.cancelled() ? "committee.core.mail.cancelled.text" : "committee.core.mail.invitation.text",
                meeting.number(), meeting.termNumber(), when, mode, where,
                agenda.isEmpty() ? text("committee.core.mail.noAgenda") : String.join("\n", agenda), link);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Recipient recipient : recipients) {
            String ics = ics(meeting, agenda, recipient.email(), now);
            String method = meeting.cancelled() ? "CANCEL" : "REQUEST";
            notifications.toAddress(recipient.email(), subject, body, new Notifications.Attachment("posiedzenie.ics",
                    "text/calendar; charset=UTF-8; method=" + method, ics.getBytes(StandardCharsets.UTF_8)));
        }
        return recipients.size();
    }

    /**
     * The meeting's {@code .ics} as its invitation carries it now (same UID, the current SEQUENCE),
     * for a member who downloads it; {@code attendeeEmail} may be null.
     */
    String calendar(long meetingId, String attendeeEmail) {
        return ics(meeting(meetingId), agenda(meetingId), attendeeEmail, OffsetDateTime.now(clock));
    }

    private String ics(Meeting meeting, List<String> agenda, String attendeeEmail, OffsetDateTime now) {
        return MeetingCalendar.of(new MeetingCalendar.Invitation(meeting.id(), meeting.sequence(),
                meeting.cancelled(), meeting.startsAt(), meeting.endsAt(),
                text("committee.core.mail.summary", meeting.number(), meeting.termNumber()),
                String.join("\n", agenda), place(meeting), link(meeting), attendeeEmail), host(), now);
    }

    private Meeting meeting(long meetingId) {
        return jdbc.sql("""
                select g.*, t.number as term_number from committee_meeting g join committee_term t on t.id = g.term_id
                where g.id = :id""").param("id", meetingId).query((rs, n) -> new Meeting(rs.getLong("id"),
                        rs.getInt("number"), rs.getInt("term_number"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class), MeetingMode.valueOf(rs.getString("mode")),
                        rs.getString("venue"), rs.getString("online_link"), "CANCELLED".equals(rs.getString("status")),
                        rs.getInt("invitation_sequence"))).single();
    }

    private List<String> agenda(long meetingId) {
        return jdbc.sql("select position, title, presenter from committee_agenda_item where meeting_id = :id order by position")
                .param("id", meetingId).query((rs, n) -> rs.getInt(1) + ". " + rs.getString(2)
                        + (rs.getString(3) == null ? "" : " (" + rs.getString(3) + ")")).list();
    }

    private String link(Meeting meeting) {
        return platform.link("/komitet/posiedzenia/" + meeting.id());
    }

    private String place(Meeting meeting) {
        return switch (meeting.mode()) {
            case IN_PERSON -> nullToEmpty(meeting.venue());
            case REMOTE -> nullToEmpty(meeting.onlineLink());
            case HYBRID -> nullToEmpty(meeting.venue()) + " / " + nullToEmpty(meeting.onlineLink());
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String host() {
        String host = URI.create(platform.link("/")).getHost();
        return host == null ? "localhost" : host;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, POLISH);
    }
}
