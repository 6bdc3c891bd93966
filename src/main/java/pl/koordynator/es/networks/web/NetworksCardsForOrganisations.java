package pl.koordynator.es.networks.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.domain.NetworksAccess;
import pl.koordynator.es.networks.domain.OfferBoard;
import pl.koordynator.es.networks.domain.OfferQuery;
import pl.koordynator.es.networks.domain.OfferView;
import pl.koordynator.es.networks.domain.TieConfirmations;
import pl.koordynator.es.networks.domain.TieView;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * For the people of an organisation: ties another side entered that wait for their confirmation
 * (an OWES also confirms for the PES it serves), and for a PES or partner the posts of the offers
 * board that match their own open posts.
 */
@Component
class NetworksCardsForOrganisations implements DashboardCards {

    /** Own open posts whose matches are looked up; an organisation rarely has more open at once. */
    private static final int OWN_POSTS = 5;

    private final NetworksAccess access;
    private final TieConfirmations confirmations;
    private final OfferBoard board;

    NetworksCardsForOrganisations(NetworksAccess access, TieConfirmations confirmations, OfferBoard board) {
        this.access = access;
        this.confirmations = confirmations;
        this.board = board;
    }

    @Override
    public List<DashboardCard> cards() {
        NetworksAccess.Viewer viewer = access.viewer();
        if (viewer.admin() || (viewer.owesId() == null && viewer.ownOrganisationId() == null)) {
            return List.of();
        }
        List<DashboardCard> cards = new ArrayList<>();
        List<TieView> waiting = confirmations.waitingForCaller();
        cards.add(new DashboardCard("own-ties-to-confirm", 50, message("dashboard.networks.toConfirm"),
                (long) waiting.size(), NetworksCardsForRops.items(waiting), "/networks/ties?confirmed=false",
                message("dashboard.networks.ties.more"), message("dashboard.networks.ties.none")));
        Long own = viewer.ownOrganisationId();
        if (own != null) {
            List<OfferView> matches = new ArrayList<>();
            for (OfferView post : board.search(new OfferQuery(null, null, null, true, own), new Paging(0, OWN_POSTS))
                    .items()) {
                board.matches(post.id()).stream().filter(m -> matches.stream().noneMatch(seen -> seen.id() == m.id()))
                        .forEach(matches::add);
            }
            cards.add(new DashboardCard("own-offer-matches", 60, message("dashboard.networks.matches"),
                    (long) matches.size(), matches.stream().map(match -> new DashboardCard.Item(literal(match.title()),
                            "/networks/offers/" + match.id(), literal(match.organisationName()))).toList(),
                    "/networks/offers", message("dashboard.networks.matches.more"),
                    message("dashboard.networks.matches.none")));
        }
        return cards;
    }
}
