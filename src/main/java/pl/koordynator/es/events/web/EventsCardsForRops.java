package pl.koordynator.es.events.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import pl.koordynator.es.events.domain.ActivityPlan;
import pl.koordynator.es.events.domain.CoverageGmina;
import pl.koordynator.es.events.domain.CoverageReport;
import pl.koordynator.es.events.domain.EventsRegionalQueues;
import pl.koordynator.es.events.domain.EventsRegionalQueues.Week;
import pl.koordynator.es.events.domain.EventsRegionalQueues.WeekEvent;
import pl.koordynator.es.events.domain.Overlap;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * Events on ROPS's dashboard: this week's events and how full they are, possible duplicates in
 * the activity plan, and the gminas nobody reached with an event or support in 12 months. The
 * last lives here because the activity plan already gathers the support of the support module
 * through {@code GminaActivity}; the dashboard shows the same report as its page.
 */
@Component
class EventsCardsForRops implements DashboardCards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final EventsRegionalQueues queues;
    private final ActivityPlan plan;
    private final UserAccounts users;

    EventsCardsForRops(EventsRegionalQueues queues, ActivityPlan plan, UserAccounts users) {
        this.queues = queues;
        this.plan = plan;
        this.users = users;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        return List.of(thisWeek(), overlaps(), uncovered());
    }

    private DashboardCard thisWeek() {
        Week week = queues.thisWeek(DashboardCard.FIRST_ITEMS);
        List<Item> items = week.first().stream().map(event -> new Item(literal(event.title()),
                "/events/" + event.id(), fill(event))).toList();
        return new DashboardCard("rops-events-this-week", 40,
                message("dashboard.rops.eventsThisWeek", week.monday().format(DAY), week.sunday().format(DAY)),
                week.total(), items, "/events/calendar", message("dashboard.rops.eventsThisWeek.more"),
                message("dashboard.rops.eventsThisWeek.empty"));
    }

    private MessageSourceResolvable fill(WeekEvent event) {
        String when = event.startsAt().atZoneSameInstant(plan.zone()).format(DAY_AND_TIME);
        if (event.capacity() == null) {
            return message("dashboard.rops.eventsThisWeek.open", when, event.confirmed());
        }
        return event.waitlisted() > 0
                ? message("dashboard.rops.eventsThisWeek.waiting", when, event.confirmed(), event.capacity(),
                        event.fillPercent(), event.waitlisted())
                : message("dashboard.rops.eventsThisWeek.fill", when, event.confirmed(), event.capacity(),
                        event.fillPercent());
    }

    /** The pairs the plan page and {@code /api/v1/events/plan/overlaps} show by default: six months from this one. */
    private DashboardCard overlaps() {
        LocalDate from = plan.thisMonth().atDay(1);
        List<Overlap> overlaps = plan.overlaps(from, from.plusMonths(6).minusDays(1));
        List<Item> items = overlaps.stream().map(o -> new Item(
                message("dashboard.rops.overlaps.item", o.first().title(), o.second().title()),
                "/events/plan?from=" + YearMonth.from(o.first().startsAt().atZoneSameInstant(plan.zone()))
                        + "#overlaps-heading",
                message("dashboard.rops.overlaps.note", o.first().organiserName(), o.second().organiserName(),
                        o.daysApart())))
                .toList();
        return new DashboardCard("rops-plan-overlaps", 50, message("dashboard.rops.overlaps"), (long) overlaps.size(),
                items, "/events/plan", message("dashboard.rops.overlaps.more"), message("dashboard.rops.overlaps.empty"));
    }

    private DashboardCard uncovered() {
        CoverageReport coverage = plan.coverage();
        // the report lists the least active gminas first, so the uncovered ones lead
        List<Item> items = coverage.gminas().stream().filter(g -> !g.covered()).limit(DashboardCard.FIRST_ITEMS)
                .map(g -> new Item(literal(g.name()), "/map/gmina/" + g.teryt(), note(g))).toList();
        return new DashboardCard("rops-gminas-without-activity", 60, message("dashboard.rops.uncovered"),
                coverage.withoutActivity(), items, "/events/plan/coverage", message("dashboard.rops.uncovered.more"),
                message("dashboard.rops.uncovered.empty"));
    }

    private static MessageSourceResolvable note(CoverageGmina gmina) {
        return message("dashboard.rops.uncovered.note", gmina.powiatName());
    }
}
