package pl.koordynator.es.notifications.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.notifications.domain.NotificationsRegionalQueues;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * E-mails the mail server refused five times, on ROPS's dashboard; each leads to the outbox
 * filtered to failed ones, where "Wyślij ponownie" puts it back in the queue. With none failed
 * the card still leads to the outbox.
 */
@Component
class NotificationsCardsForRops implements DashboardCards {

    static final String FAILED = "/admin/notifications?status=FAILED";
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final NotificationsRegionalQueues queues;
    private final UserAccounts users;
    private final Clock clock;

    NotificationsCardsForRops(NotificationsRegionalQueues queues, UserAccounts users, Clock clock) {
        this.queues = queues;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        NotificationsRegionalQueues.Failed failed = queues.failed(DashboardCard.FIRST_ITEMS);
        List<Item> items = failed.first().stream().map(email -> new Item(literal(email.subject()), FAILED,
                message("dashboard.rops.emailsFailed.note",
                        email.createdAt().atZoneSameInstant(clock.getZone()).format(DAY_AND_TIME))))
                .toList();
        return List.of(failed.total() == 0
                ? new DashboardCard("rops-emails-failed", 70, message("dashboard.rops.emailsFailed"), 0L, items,
                        "/admin/notifications", message("dashboard.rops.emailsFailed.outbox"),
                        message("dashboard.rops.emailsFailed.empty"))
                : new DashboardCard("rops-emails-failed", 70, message("dashboard.rops.emailsFailed"), failed.total(),
                        items, FAILED, message("dashboard.rops.emailsFailed.more"),
                        message("dashboard.rops.emailsFailed.empty")));
    }
}
