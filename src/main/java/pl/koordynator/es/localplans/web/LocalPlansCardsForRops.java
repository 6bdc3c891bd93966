package pl.koordynator.es.localplans.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.CoverageStatus;
import pl.koordynator.es.localplans.LocalPlanCoverage;
import pl.koordynator.es.localplans.LocalPlanCoverageView;
import pl.koordynator.es.localplans.LocalPlanCoverageView.StatusCount;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * ROPS's cards of the local plans: the coverage of the gminas (how many have an adopted plan, the
 * other statuses as figures) and the adopted plans ending within a year, whose JST to talk to about the
 * next one. Both from the one cached coverage answer.
 */
@Component
class LocalPlansCardsForRops implements DashboardCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String COVERAGE = "/plany-lokalne/pokrycie";

    private final UserAccounts users;
    private final LocalPlanCoverage coverage;

    LocalPlansCardsForRops(UserAccounts users, LocalPlanCoverage coverage) {
        this.users = users;
        this.coverage = coverage;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        LocalPlanCoverageView view = coverage.coverage();
        List<Item> figures = new ArrayList<>();
        for (CoverageStatus status : List.of(CoverageStatus.ADOPTED, CoverageStatus.IN_CONSULTATION,
                CoverageStatus.IN_PREPARATION, CoverageStatus.NONE)) {
            StatusCount count = view.count(status);
            figures.add(new Item(message("localplans.coverage." + status.name()), COVERAGE + "?status=" + status.name(),
                    message("localplans.cov.card.coverage.note", count.gminas(), count.powiats())));
        }
        DashboardCard coverageCard = new DashboardCard("rops-local-plans-coverage", 70,
                message("localplans.cov.card.coverage.title", view.gminas()), view.count(CoverageStatus.ADOPTED).gminas(),
                figures, COVERAGE, message("localplans.cov.card.coverage.more"),
                message("localplans.cov.card.coverage.none"));
        DashboardCard expiring = new DashboardCard("rops-local-plans-expiring", 71,
                message("localplans.cov.card.expiring.title"), (long) view.expiring().size(),
                view.expiring().stream().limit(DashboardCard.FIRST_ITEMS)
                        .map(e -> new Item(literal(e.unitName()), "/plany-lokalne/" + e.planId(),
                                message("localplans.cov.card.expiring.note", DATE.format(e.periodEnd()))))
                        .toList(),
                COVERAGE + "#expiring-heading", message("localplans.cov.card.expiring.more"),
                message("localplans.cov.card.expiring.none"));
        return List.of(coverageCard, expiring);
    }
}
