package pl.koordynator.es.publicservices.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.Opportunity;
import pl.koordynator.es.publicservices.OpportunityKind;
import pl.koordynator.es.publicservices.ProcurementMatching;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * For a PES: the open procurements and calls matching it, the nearest deadline first. For an OWES:
 * those matching the PES it serves, each with the PES named.
 */
@Component
class MatchingCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts users;
    private final ProcurementMatching matching;

    MatchingCardsForOrganisations(UserAccounts users, ProcurementMatching matching) {
        this.users = users;
        this.matching = matching;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        boolean owes = caller.owesId() != null;
        if (!owes && caller.pesId() == null) {
            return List.of();
        }
        List<Opportunity> open = matching.opportunities();
        List<Item> items = open.stream().limit(DashboardCard.FIRST_ITEMS).map(o -> new Item(literal(o.title()),
                (o.kind() == OpportunityKind.PROCUREMENT ? "/zamowienia/" : "/zadania-publiczne/") + o.id(),
                owes ? message("publicservices.matching.card.notePes", o.organisationName(), o.buyerName(),
                        DATE.format(o.deadline()))
                        : message("publicservices.matching.card.note", o.buyerName(), DATE.format(o.deadline()))))
                .toList();
        return List.of(new DashboardCard(owes ? "owes-matching-opportunities" : "pes-matching-opportunities", 40,
                message("publicservices.matching.card.title"), (long) open.size(), items, "/zamowienia/okazje",
                message("publicservices.matching.card.more"), message("publicservices.matching.card.none")));
    }
}
