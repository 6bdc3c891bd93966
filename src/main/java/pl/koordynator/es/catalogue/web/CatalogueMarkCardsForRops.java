package pl.koordynator.es.catalogue.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.catalogue.MarkApplicationStatus;
import pl.koordynator.es.catalogue.MarkApplicationView;
import pl.koordynator.es.catalogue.MarkView;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The mark's queues: for ROPS the applications to decide and the marks ending within 30 days (the
 * PES were reminded; ROPS sees who may drop out of the list); for every board member the
 * applications still waiting for their vote.
 */
@Component
class CatalogueMarkCardsForRops implements DashboardCards {

    static final int EXPIRING_DAYS = 30;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserAccounts users;
    private final CatalogueMarks marks;

    CatalogueMarkCardsForRops(UserAccounts users, CatalogueMarks marks) {
        this.users = users;
        this.marks = marks;
    }

    @Override
    public List<DashboardCard> cards() {
        if (users.caller().anonymous() || !marks.onBoard()) {
            return List.of();
        }
        List<DashboardCard> cards = new ArrayList<>();
        if (users.caller().admin()) {
            PageOf<MarkApplicationView> toDecide = marks.boardQueue(MarkApplicationStatus.SUBMITTED,
                    new Paging(0, DashboardCard.FIRST_ITEMS));
            cards.add(new DashboardCard("rops-mark-applications", 80, message("catalogue.mark.card.toDecide"),
                    toDecide.total(), toDecide.items().stream().map(a -> new Item(literal(a.offerName()),
                            "/kapitula/" + a.id(), message("catalogue.mark.pages.tallyShort", a.tally().forVotes(),
                                    a.tally().against(), a.tally().abstain()))).toList(),
                    "/kapitula?status=SUBMITTED", message("catalogue.mark.card.more"),
                    message("catalogue.mark.card.toDecide.none")));
            List<MarkView> expiring = marks.expiringWithin(EXPIRING_DAYS);
            cards.add(new DashboardCard("rops-marks-expiring", 81, message("catalogue.mark.card.expiring"),
                    (long) expiring.size(), expiring.stream().map(m -> new Item(literal(m.offerName()),
                            "/katalog/oferty/" + m.offerId(), message("catalogue.mark.card.expiring.note",
                                    m.licenceNumber(), m.validUntil().format(DAY)))).toList(),
                    "/katalog/znak", message("catalogue.mark.card.more"), message("catalogue.mark.card.expiring.none")));
        }
        List<MarkApplicationView> awaiting = marks.awaitingMyVote();
        cards.add(new DashboardCard("mark-votes-awaiting", 82, message("catalogue.mark.card.awaitingVote"),
                (long) awaiting.size(), awaiting.stream().map(a -> new Item(literal(a.offerName()),
                        "/kapitula/" + a.id(), literal(a.organisationName()))).toList(),
                "/kapitula?status=SUBMITTED", message("catalogue.mark.card.more"),
                message("catalogue.mark.card.awaitingVote.none")));
        return cards;
    }
}
