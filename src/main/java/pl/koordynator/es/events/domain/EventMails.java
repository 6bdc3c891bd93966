package pl.koordynator.es.events.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Territory;

/**
 * The e-mails a participant gets, in the language they registered in: confirmation (or a place
 * on the waiting list), promotion from the waiting list, the reminder the day before and the
 * organiser's cancellation. Each carries the participant's own link, where they see their
 * registration and cancel it. Written to the notifications outbox in the caller's transaction.
 */
@Component
public class EventMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    enum Kind {
        CONFIRMED, WAITLISTED, PROMOTED, REMINDER, EVENT_CANCELLED, REGISTRATION_CANCELLED
    }

    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final Territory territory;

    EventMails(ObjectProvider<Notifications> notifications, MessageSource messages, PlatformSettings settings,
            Territory territory) {
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
        this.territory = territory;
    }

    void send(Kind kind, EventView event, RegistrationView registration) {
        Locale locale = Locale.forLanguageTag(registration.language());
        ZoneId zone = settings.timeZone();
        String when = WHEN.format(event.startsAt().atZoneSameInstant(zone)) + " – "
                + (event.startsAt().atZoneSameInstant(zone).toLocalDate()
                        .equals(event.endsAt().atZoneSameInstant(zone).toLocalDate())
                        ? DateTimeFormatter.ofPattern("HH:mm").format(event.endsAt().atZoneSameInstant(zone))
                        : WHEN.format(event.endsAt().atZoneSameInstant(zone)));
        String subject = messages.getMessage("events.mail." + kind + ".subject", new Object[] {event.title()},
                locale);
        // nothing the registrant typed goes into the e-mail: the address may be someone else's
        String body = messages.getMessage("events.mail." + kind + ".text", new Object[] {event.title(), when,
                place(event), event.organiserName(),
                settings.link("/events/registrations/" + registration.token()),
                settings.link("/events/" + event.id())}, locale);
        notifications.ifAvailable(mail -> mail.toAddress(registration.email(), subject, body));
    }

    /** Venue and gmina, the online link, or both. */
    private String place(EventView event) {
        StringBuilder place = new StringBuilder();
        if (event.venue() != null) {
            place.append(event.venue());
        }
        if (event.gminaTeryt() != null) {
            territory.gmina(event.gminaTeryt()).ifPresent(gmina -> place.append(place.isEmpty() ? "" : ", ")
                    .append(gmina.name()));
        }
        if (event.onlineUrl() != null) {
            place.append(place.isEmpty() ? "" : "; ").append(event.onlineUrl());
        }
        return place.toString();
    }
}
