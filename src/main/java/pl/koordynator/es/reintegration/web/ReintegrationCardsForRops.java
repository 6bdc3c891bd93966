package pl.koordynator.es.reintegration.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.reintegration.AggregateLevel;
import pl.koordynator.es.reintegration.AggregateTable;
import pl.koordynator.es.reintegration.AggregateTable.Area;
import pl.koordynator.es.reintegration.ReintegrationAggregates;
import pl.koordynator.es.reintegration.domain.ReintegrationAccess;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * ROPS's card of reintegration: this year's referrals in the region, accepted, employment at exit and pairs of
 * cooperating institutions, from the same suppressed table as the statistics page (a small count shows "&lt;5"
 * here too), with a link to the statistics.
 */
@Component
class ReintegrationCardsForRops implements DashboardCards {

    private static final String STATISTICS = "/reintegracja/statystyki";

    private final ReintegrationAccess access;
    private final ReintegrationAggregates aggregates;

    ReintegrationCardsForRops(ReintegrationAccess access, ReintegrationAggregates aggregates) {
        this.access = access;
        this.aggregates = aggregates;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!access.caller().admin()) {
            return List.of();
        }
        int year = access.today().getYear();
        Area region = aggregates.table(year, null, AggregateLevel.REGION).region();
        List<Item> figures = List.of(
                new Item(message("reintegration.agg.card.accepted"), STATISTICS + "?year=" + year,
                        literal(region.accepted().text())),
                new Item(message("reintegration.agg.card.employment"), STATISTICS + "?year=" + year,
                        literal(region.employment().text())),
                new Item(message("reintegration.agg.card.pairs"), "/reintegracja/wspolpraca?year=" + year,
                        literal(region.cooperatingPairs().text())));
        boolean none = !region.referrals().suppressed() && region.referrals().value() == 0;
        AggregateTable.Cell referrals = region.referrals();
        return List.of(new DashboardCard("rops-reintegration-referrals", 80, message("reintegration.agg.card.title", year),
                referrals.suppressed() ? null : referrals.value(), none ? List.of() : figures, STATISTICS + "?year=" + year,
                message("reintegration.agg.card.more"), message("reintegration.agg.card.none")));
    }
}
