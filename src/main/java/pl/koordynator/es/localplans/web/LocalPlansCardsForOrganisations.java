package pl.koordynator.es.localplans.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.localplans.domain.LocalPlanCoverageRepository;
import pl.koordynator.es.localplans.domain.LocalPlanCoverageRepository.PlanWithComments;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The local plans an organisation writes: for a PARTNER the active plans of the JST it acts for (as the
 * JST or its responsible unit), for an OWES the active plans it supports; each with its status and the
 * comments awaiting the authors' decision, those with the most first. The card's number is the open
 * comments, the work waiting. One query.
 */
@Component
class LocalPlansCardsForOrganisations implements DashboardCards {

    private final UserAccounts users;
    private final LocalPlanCoverageRepository plans;

    LocalPlansCardsForOrganisations(UserAccounts users, LocalPlanCoverageRepository plans) {
        this.users = users;
        this.plans = plans;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        boolean owes = caller.owesId() != null;
        Long organisation = owes ? caller.owesId() : caller.partnerId();
        if (organisation == null) {
            return List.of();
        }
        List<PlanWithComments> active = plans.activePlansOf(organisation, owes);
        long open = active.stream().mapToLong(PlanWithComments::openComments).sum();
        List<Item> items = active.stream().limit(DashboardCard.FIRST_ITEMS)
                .map(p -> new Item(literal(p.unitName() + ": " + p.title()), "/plany-lokalne/" + p.id(),
                        message("localplans.cov.card.plans.note", message("localplans.status." + p.status().name()),
                                p.openComments())))
                .toList();
        return List.of(new DashboardCard(owes ? "owes-local-plans" : "partner-local-plans", 45,
                message(owes ? "localplans.cov.card.plans.title.owes" : "localplans.cov.card.plans.title.partner"), open,
                items, "/plany-lokalne", message("localplans.cov.card.plans.more"),
                message("localplans.cov.card.plans.none")));
    }
}
