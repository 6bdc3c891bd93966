package pl.koordynator.es.events.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import pl.koordynator.es.events.EventStatus;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.events.domain.EventsOwnQueues;
import pl.koordynator.es.events.domain.EventsOwnQueues.ComingEvent;
import pl.koordynator.es.events.domain.Overlap;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The events cards for the people of an organisation: an OWES's coming events with their places
 * and waiting lists and the plan's overlaps involving them; the coming events a PES's people
 * registered for; the coming events in a partner's gmina.
 */
@Component
class EventsCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UserAccounts accounts;
    private final EventsOwnQueues queues;
    private final Organisations organisations;
    private final Clock clock;

    EventsCardsForOrganisations(UserAccounts accounts, EventsOwnQueues queues, Organisations organisations,
            Clock clock) {
        this.accounts = accounts;
        this.queues = queues;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = accounts.caller();
        if (caller.owesId() != null) {
            return List.of(owesEvents(caller.owesId()), overlaps(caller.owesId()));
        }
        if (caller.pesId() != null) {
            return List.of(registered(caller.pesId()));
        }
        if (caller.partnerId() != null) {
            return List.of(inGmina(caller.partnerId()));
        }
        return List.of();
    }

    private DashboardCard owesEvents(long owesId) {
        PageOf<ComingEvent> events = queues.organisedBy(owesId, DashboardCard.FIRST_ITEMS);
        List<DashboardCard.Item> items = events.items().stream().map(event -> new DashboardCard.Item(
                literal(event.title()), "/events/" + event.id() + (event.status() == EventStatus.DRAFT ? "" : "/participants"),
                places(event))).toList();
        return new DashboardCard("own-events", 20, message("dashboard.orgs.events.title"), events.total(), items,
                "/events?organiser=" + owesId, message("dashboard.orgs.events.more"),
                message("dashboard.orgs.events.none"));
    }

    private DashboardCard overlaps(long owesId) {
        List<Overlap> overlaps = queues.overlapsOf(owesId);
        List<DashboardCard.Item> items = new ArrayList<>();
        for (Overlap overlap : overlaps) {
            boolean firstIsOurs = Objects.equals(overlap.first().organiserId(), owesId);
            PlannedEvent ours = firstIsOurs ? overlap.first() : overlap.second();
            PlannedEvent theirs = firstIsOurs ? overlap.second() : overlap.first();
            items.add(new DashboardCard.Item(literal(ours.title()), "/events/" + ours.id(),
                    message("dashboard.orgs.overlaps.note", literal(theirs.title()), literal(theirs.organiserName()),
                            day(theirs.startsAt()))));
        }
        return new DashboardCard("own-overlaps", 30, message("dashboard.orgs.overlaps.title"), (long) overlaps.size(),
                items, "/events/plan?organiser=" + owesId, message("dashboard.orgs.overlaps.more"),
                message("dashboard.orgs.overlaps.none"));
    }

    private DashboardCard registered(long pesId) {
        PageOf<ComingEvent> events = queues.registeredBy(pesId, DashboardCard.FIRST_ITEMS);
        List<DashboardCard.Item> items = events.items().stream().map(event -> new DashboardCard.Item(
                literal(event.title()), "/events/" + event.id(), event.oursWaiting() == 0
                        ? message("dashboard.orgs.registered.note", day(event.startsAt()), event.ours())
                        : message("dashboard.orgs.registered.noteWaiting", day(event.startsAt()), event.ours(),
                                event.oursWaiting()))).toList();
        return new DashboardCard("registered-events", 20, message("dashboard.orgs.registered.title"), events.total(),
                items, "/events", message("dashboard.orgs.registered.more"), message("dashboard.orgs.registered.none"));
    }

    private DashboardCard inGmina(long partnerId) {
        String gmina = organisations.find(partnerId).map(OrganisationView::gminaTeryt).orElse(null);
        if (gmina == null) {
            return new DashboardCard("gmina-events", 30, message("dashboard.orgs.gminaEvents.title"), null, List.of(),
                    "/organisations/" + partnerId + "/edit#gminaTeryt", message("dashboard.orgs.gminaEvents.setGmina"),
                    message("dashboard.orgs.gminaEvents.noGmina"));
        }
        PageOf<ComingEvent> events = queues.inGmina(gmina, DashboardCard.FIRST_ITEMS);
        List<DashboardCard.Item> items = events.items().stream().map(event -> new DashboardCard.Item(
                literal(event.title()), "/events/" + event.id(), places(event))).toList();
        return new DashboardCard("gmina-events", 30, message("dashboard.orgs.gminaEvents.title"), events.total(),
                items, "/events?powiat=" + gmina.substring(0, 4), message("dashboard.orgs.gminaEvents.more"),
                message("dashboard.orgs.gminaEvents.none"));
    }

    /** When, and how full: "12.12.2026 10:00 · 18 / 25 miejsc · 3 w kolejce". */
    private MessageSourceResolvable places(ComingEvent event) {
        String when = day(event.startsAt());
        if (event.status() == EventStatus.DRAFT) {
            return message("dashboard.orgs.events.draft", when);
        }
        String waiting = event.waitlisted() > 0 ? "Waiting" : "";
        if (event.capacity() == null) {
            return message("dashboard.orgs.events.noLimit" + waiting, when, event.confirmed(), event.waitlisted());
        }
        return message("dashboard.orgs.events.places" + waiting, when, event.confirmed(), event.capacity(),
                event.waitlisted());
    }

    private String day(OffsetDateTime moment) {
        return DAY_TIME.format(moment.atZoneSameInstant(clock.getZone()));
    }
}
