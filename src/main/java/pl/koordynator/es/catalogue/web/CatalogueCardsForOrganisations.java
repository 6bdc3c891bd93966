package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.InquiryOutcome;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * For a PES: buyers' inquiries still to answer and how often its offers were seen in the last
 * 30 days. For an OWES: the offers of the PES it serves waiting for its review.
 */
@Component
class CatalogueCardsForOrganisations implements DashboardCards {

    /** The window of the views card. */
    static final int VIEW_DAYS = 30;

    private final UserAccounts users;
    private final CatalogueOffers offers;
    private final CatalogueInquiries inquiries;

    CatalogueCardsForOrganisations(UserAccounts users, CatalogueOffers offers, CatalogueInquiries inquiries) {
        this.users = users;
        this.offers = offers;
        this.inquiries = inquiries;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        if (caller.owesId() != null) {
            return List.of(CatalogueCardsForRops.toReview("owes-offers-to-review",
                    offers.reviewQueue(new Paging(0, DashboardCard.FIRST_ITEMS))));
        }
        Long pes = caller.pesId();
        if (pes == null) {
            return List.of();
        }
        PageOf<InquiryView> fresh = inquiries.inquiries(InquiryOutcome.NEW, new Paging(0, DashboardCard.FIRST_ITEMS));
        long views = offers.recentViews(pes, VIEW_DAYS);
        return List.of(
                new DashboardCard("pes-inquiries-to-answer", 30, message("catalogue.pages.card.inquiries"),
                        fresh.total(), fresh.items().stream().map(i -> new Item(literal(i.offerName()),
                                "/zapytania?outcome=NEW#inquiry-" + i.id(),
                                message("catalogue.pages.card.inquiries.note", literal(i.buyerName())))).toList(),
                        "/zapytania?outcome=NEW", message("catalogue.pages.card.inquiries.more"),
                        message("catalogue.pages.card.inquiries.none")),
                new DashboardCard("pes-offer-views", 80, message("catalogue.pages.card.views", VIEW_DAYS),
                        views, List.of(), "/oferty", message("catalogue.pages.card.views.more"),
                        // the card lists no items, so its words say what the number is once there is one
                        message(views == 0 ? "catalogue.pages.card.views.none" : "catalogue.pages.card.views.some")));
    }
}
