package pl.koordynator.es.events.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Every morning e-mails each attendee of the events that ended the day before the link to the
 * evaluation form, in the language they registered in. Events that ended up to a week ago are
 * caught up after a day the job did not run; a column on the registration makes sure nobody is
 * asked twice, also with several instances running.
 */
@Component
class EvaluationRequests {

    /** How many days back an ended event is still caught up when the job missed its morning. */
    static final int CATCH_UP_DAYS = 7;

    private final EvaluationRepository evaluations;
    private final EventRepository events;
    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final Clock clock;

    EvaluationRequests(EvaluationRepository evaluations, EventRepository events,
            ObjectProvider<Notifications> notifications, MessageSource messages, PlatformSettings settings,
            Clock clock) {
        this.evaluations = evaluations;
        this.events = events;
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8 * * *", zone = "Europe/Warsaw")
    @SchedulerLock(name = "events.evaluation-requests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        notifications.ifAvailable(this::send);
    }

    /** Sends the requests due today; returns how many went. */
    @Transactional
    int send(Notifications mail) {
        ZoneId zone = settings.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        OffsetDateTime to = today.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime from = today.minusDays(CATCH_UP_DAYS).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (RegistrationView registration : evaluations.dueForEvaluation(from, to)) {
            if (!evaluations.claimRequest(registration.id(), now)) {
                continue;
            }
            EventView event = events.find(registration.eventId()).orElseThrow();
            Locale locale = Locale.forLanguageTag(registration.language());
            String link = settings.link("/events/registrations/" + registration.token() + "/evaluation"
                    + ("en".equals(locale.getLanguage()) ? "?lang=en" : ""));
            mail.toAddress(registration.email(),
                    messages.getMessage("participants.mail.evaluation.subject", new Object[] {event.title()}, locale),
                    messages.getMessage("participants.mail.evaluation.text",
                            new Object[] {registration.name(), event.title(), link, event.organiserName()}, locale));
            sent++;
        }
        return sent;
    }
}
