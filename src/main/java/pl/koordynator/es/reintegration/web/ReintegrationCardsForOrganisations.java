package pl.koordynator.es.reintegration.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.domain.ReferralQueue;
import pl.koordynator.es.reintegration.domain.ReferralQueue.Queue;
import pl.koordynator.es.reintegration.domain.ReintegrationAccess;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * The referral queues of an organisation that takes part in referrals: a sender's referrals waiting for an
 * answer; a receiving unit's new referrals and follow-ups due. An item names the referral's number and the
 * other organisation, never the person. One query per card; the referrals shown on the cards are reads,
 * logged together in one statement (channel LIST).
 */
@Component
class ReintegrationCardsForOrganisations implements DashboardCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReintegrationAccess access;
    private final ReferralQueue queues;

    ReintegrationCardsForOrganisations(ReintegrationAccess access, ReferralQueue queues) {
        this.access = access;
        this.queues = queues;
    }

    @Override
    public List<DashboardCard> cards() {
        Optional<ReferralView.Party> party = access.sendingParty();
        if (party.isEmpty()) {
            return List.of();
        }
        long organisation = party.get().id();
        List<DashboardCard> cards = new ArrayList<>();
        Set<Long> shown = new LinkedHashSet<>();
        if (party.get().kind().receives()) {
            cards.add(card(shown, "reintegration-new-referrals", 30, "new", queues.newlyReceived(organisation),
                    "/reintegracja?strona=otrzymane&state=SENT"));
            cards.add(card(shown, "reintegration-follow-ups-due", 31, "followUps",
                    queues.followUpsDue(organisation, access.today()), "/reintegracja?strona=otrzymane&monitoring=true"));
        }
        cards.add(card(shown, "reintegration-awaiting-answer", 32, "awaiting", queues.awaitingAnswer(organisation),
                "/reintegracja?strona=wyslane"));
        queues.logShown(shown);
        return cards;
    }

    private static DashboardCard card(Set<Long> shown, String id, int order, String name, Queue queue, String more) {
        String prefix = "reintegrationpages.card." + name;
        queue.first().forEach(waiting -> shown.add(waiting.id()));
        List<Item> items = queue.first().stream()
                .map(w -> new Item(message("reintegrationpages.card.item", String.valueOf(w.id()), w.otherParty()),
                        "/reintegracja/" + w.id(), message(prefix + ".note", w.on() == null ? "" : DATE.format(w.on()))))
                .toList();
        return new DashboardCard(id, order, message(prefix + ".title"), queue.total(), items, more,
                message(prefix + ".more"), message(prefix + ".none"));
    }
}
