package pl.koordynator.es.reporting.domain;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.reporting.ReportStatus;
import pl.koordynator.es.reporting.ReportTransitioned;
import pl.koordynator.es.security.Role;

/**
 * Tells the other side of every transition by e-mail: ROPS when an OWES submits, the OWES when
 * ROPS approves, returns or reopens. Runs in the transition's transaction (the notifications
 * outbox sends after commit), and does nothing where no notifications module is installed.
 */
@Component
class ReportMails {

    private final ObjectProvider<Notifications> notifications;
    private final ReportingText text;

    ReportMails(ObjectProvider<Notifications> notifications, ReportingText text) {
        this.notifications = notifications;
        this.text = text;
    }

    @EventListener
    void on(ReportTransitioned transition) {
        notifications.ifAvailable(mail -> send(mail, transition));
    }

    void send(Notifications mail, ReportTransitioned t) {
        String kind = t.from() == ReportStatus.APPROVED && t.to() == ReportStatus.RETURNED ? "REOPENED" : t.to().name();
        String subject = text.polish("reporting.mail." + kind + ".subject", t.period());
        String body = text.polish("reporting.mail." + kind + ".text", t.period(), t.templateCode(), t.actorUsername(),
                t.comment() == null ? "" : t.comment(), "/reporting/reports/" + t.reportId());
        if (t.to() == ReportStatus.SUBMITTED) {
            mail.toRole(Role.ADMIN, subject, body);
        } else {
            mail.toOrganisation(t.owesId(), subject, body);
        }
    }
}
