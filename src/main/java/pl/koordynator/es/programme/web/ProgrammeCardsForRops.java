package pl.koordynator.es.programme.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.ManualValueView;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/** ROPS's programme work: indicators off track this year, and manual values waiting for approval. */
@Component
class ProgrammeCardsForRops implements DashboardCards {

    private final ProgrammeService programmes;
    private final IndicatorService indicators;
    private final UserAccounts users;

    ProgrammeCardsForRops(ProgrammeService programmes, IndicatorService indicators, UserAccounts users) {
        this.programmes = programmes;
        this.indicators = indicators;
        this.users = users;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        return List.of(offTrack(), waiting());
    }

    private DashboardCard offTrack() {
        List<IndicatorProgress> off = programmes.offTrack();
        List<Item> items = off.stream()
                .map(indicator -> new Item(literal(indicator.code() + " " + indicator.name()),
                        "/programme/indicators/" + indicator.id(), indicator.progress() == null ? null
                                : message("programme.card.offTrack.note", AnnualReport.percent(indicator.progress()))))
                .toList();
        return new DashboardCard("rops-programme-off-track", 40, message("programme.card.offTrack"),
                (long) off.size(), items, "/programme", message("programme.card.offTrack.more"),
                message("programme.card.offTrack.empty"));
    }

    private DashboardCard waiting() {
        List<ManualValueView> pending = indicators.pendingValues();
        List<Item> items = pending.stream()
                .map(value -> new Item(literal(value.indicatorCode() + " " + value.indicatorName()),
                        "/admin/programme/approvals", message("programme.card.waiting.note", value.period())))
                .toList();
        return new DashboardCard("rops-programme-values-waiting", 45, message("programme.card.waiting"),
                (long) pending.size(), items, "/admin/programme/approvals", message("programme.card.waiting.more"),
                message("programme.card.waiting.empty"));
    }
}
