package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** ROPS's catalogue queue: offers sent for review, the longest waiting first. */
@Component
class CatalogueCardsForRops implements DashboardCards {

    private final UserAccounts users;
    private final CatalogueOffers offers;

    CatalogueCardsForRops(UserAccounts users, CatalogueOffers offers) {
        this.users = users;
        this.offers = offers;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        return List.of(toReview("rops-offers-to-review", offers.reviewQueue(new Paging(0, DashboardCard.FIRST_ITEMS))));
    }

    /** The review queue as a card: the same for ROPS and for an OWES, each with the queue the service gives them. */
    static DashboardCard toReview(String id, PageOf<OfferSummary> queue) {
        return new DashboardCard(id, 35, message("catalogue.pages.card.toReview"), queue.total(),
                queue.items().stream().map(o -> new Item(literal(o.name()), "/oferty/" + o.id(),
                        literal(o.organisationName()))).toList(),
                "/oferty/do-akceptacji", message("catalogue.pages.card.toReview.more"),
                message("catalogue.pages.card.toReview.none"));
    }
}
