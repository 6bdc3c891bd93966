package pl.koordynator.es.needs.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.needs.domain.NeedAccess.Viewer;
import pl.koordynator.es.needs.domain.NeedQuery;
import pl.koordynator.es.needs.domain.NeedService;
import pl.koordynator.es.needs.domain.NeedView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The needs a PES or a partner reported, newest first, each with where it stands: the same list
 * as the needs page's "own" view and the API's {@code ?own=true}.
 */
@Component
class NeedsCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts accounts;
    private final NeedService needs;
    private final Clock clock;

    NeedsCardsForOrganisations(UserAccounts accounts, NeedService needs, Clock clock) {
        this.accounts = accounts;
        this.needs = needs;
        this.clock = clock;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = accounts.caller();
        if (caller.pesId() == null && caller.partnerId() == null) {
            return List.of();
        }
        int order = caller.pesId() != null ? 40 : 20;
        Viewer viewer = needs.viewer();
        if (!viewer.mayReport()) {
            // only local governments and social assistance units speak for a gmina's needs
            return List.of(new DashboardCard("own-needs", order, message("dashboard.orgs.needs.title"), null, List.of(),
                    "/needs", message("dashboard.orgs.needs.published"), message("dashboard.orgs.needs.notReporter")));
        }
        PageOf<NeedView> own = needs.search(new NeedQuery(null, null, null, true),
                new Paging(0, DashboardCard.FIRST_ITEMS));
        List<DashboardCard.Item> items = own.items().stream().map(need -> new DashboardCard.Item(literal(need.title()),
                "/needs/" + need.id(), message("dashboard.orgs.needs.note", message("needs.status." + need.status().name()),
                        DAY.format(need.submittedAt().atZoneSameInstant(clock.getZone()))))).toList();
        return List.of(new DashboardCard("own-needs", order, message("dashboard.orgs.needs.title"), own.total(), items,
                "/needs", message("dashboard.orgs.needs.more"), message("dashboard.orgs.needs.none")));
    }
}
