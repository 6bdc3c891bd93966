package pl.koordynator.es.needs.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.domain.NeedsRegionalQueues;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** The reported needs ROPS has to publish or reject, on its dashboard, the longest waiting first. */
@Component
class NeedsCardsForRops implements DashboardCards {

    private final NeedsRegionalQueues queues;
    private final UserAccounts users;

    NeedsCardsForRops(NeedsRegionalQueues queues, UserAccounts users) {
        this.queues = queues;
        this.users = users;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        NeedsRegionalQueues.Waiting waiting = queues.waitingForModeration(DashboardCard.FIRST_ITEMS);
        List<Item> items = waiting.first().stream().map(need -> new Item(literal(need.title()), "/needs/" + need.id(),
                need.organisationName() == null ? message("dashboard.rops.waitingDays", need.daysWaiting())
                        : message("dashboard.rops.needsWaiting.note", need.daysWaiting(), need.organisationName())))
                .toList();
        return List.of(new DashboardCard("rops-needs-waiting", 30, message("dashboard.rops.needsWaiting"),
                waiting.total(), items, "/needs?status=SUBMITTED", message("dashboard.rops.needsWaiting.more"),
                message("dashboard.rops.needsWaiting.empty")));
    }
}
