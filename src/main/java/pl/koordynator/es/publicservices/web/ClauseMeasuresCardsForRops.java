package pl.koordynator.es.publicservices.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.ClauseMeasure;
import pl.koordynator.es.publicservices.ClauseMeasures;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * ROPS's card of JST that bought this year without a social clause in any lot: whom to talk to about
 * clauses. A JST that has entered no procurement this year is not on it (nothing is known of it).
 */
@Component
class ClauseMeasuresCardsForRops implements DashboardCards {

    private final UserAccounts users;
    private final ClauseMeasures measures;
    private final ClauseMeasuresParameters parameters;

    ClauseMeasuresCardsForRops(UserAccounts users, ClauseMeasures measures, ClauseMeasuresParameters parameters) {
        this.users = users;
        this.measures = measures;
        this.parameters = parameters;
    }

    @Override
    public List<DashboardCard> cards() {
        if (!users.caller().admin()) {
            return List.of();
        }
        int year = parameters.currentYear();
        List<ClauseMeasure> without = measures.jstWithoutClauses(year);
        return List.of(new DashboardCard("rops-jst-without-clauses", 60,
                message("publicservices.measures.card.title", String.valueOf(year)), (long) without.size(),
                without.stream().limit(DashboardCard.FIRST_ITEMS)
                        .map(m -> new Item(literal(m.unitName()), "/klauzule-spoleczne/" + m.unitCode(),
                                message("publicservices.measures.card.note", m.procurements())))
                        .toList(),
                "/klauzule-spoleczne?year=" + year + "&sort=share&dir=asc",
                message("publicservices.measures.card.more"), message("publicservices.measures.card.none")));
    }
}
