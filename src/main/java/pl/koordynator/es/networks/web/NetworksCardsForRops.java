package pl.koordynator.es.networks.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.domain.TieConfirmations;
import pl.koordynator.es.networks.domain.TieView;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * Declared ties nobody has confirmed yet, on ROPS's dashboard: they do not count in the measures
 * until the other side (or ROPS) confirms them, so a long queue understates the programme's effect.
 */
@Component
class NetworksCardsForRops implements DashboardCards {

    private final UserAccounts users;
    private final TieConfirmations confirmations;

    NetworksCardsForRops(UserAccounts users, TieConfirmations confirmations) {
        this.users = users;
        this.confirmations = confirmations;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        List<TieView> waiting = confirmations.waitingForCaller();
        return List.of(new DashboardCard("rops-ties-unconfirmed", 65, message("dashboard.rops.tiesUnconfirmed"),
                (long) waiting.size(), items(waiting), "/networks/ties?confirmed=false",
                message("dashboard.networks.ties.more"), message("dashboard.networks.ties.none")));
    }

    static List<DashboardCard.Item> items(List<TieView> ties) {
        return ties.stream().limit(DashboardCard.FIRST_ITEMS).map(tie -> new DashboardCard.Item(
                literal(tie.fromOrganisationName() + " – " + tie.toOrganisationName()), "/networks/ties?confirmed=false",
                message("dashboard.networks.ties.note", message("networks.tieKind." + tie.kind().name()),
                        DashboardCard.literal(NetworkChoices.DAY.format(tie.startsOn()))))).toList();
    }
}
