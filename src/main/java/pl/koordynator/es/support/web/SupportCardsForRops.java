package pl.koordynator.es.support.web;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DashboardCard;
import pl.koordynator.es.shared.DashboardCard.Item;
import pl.koordynator.es.shared.DashboardCards;
import pl.koordynator.es.support.domain.SupportRegionalFigures;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * PES supported this year, in the region and by each OWES, on the dashboards of ROPS and of the
 * committee: counts only, no PES names (the committee may not learn which PES an OWES supported).
 * The committee has no support pages, so its card is the whole answer.
 */
@Component
class SupportCardsForRops implements DashboardCards {

    private final SupportRegionalFigures figures;
    private final UserAccounts users;

    SupportCardsForRops(SupportRegionalFigures figures, UserAccounts users) {
        this.figures = figures;
        this.users = users;
    }

    @Override
    public List<DashboardCard> cards() {
        Caller caller = users.caller();
        boolean admin = caller.admin();
        if (!admin && !caller.is(Role.COMMITTEE)) {
            return List.of();
        }
        SupportRegionalFigures.Supported supported = figures.thisYear();
        List<Item> items = supported.byOwes().stream().map(owes -> new Item(literal(owes.owesName()),
                "/organisations/" + owes.owesId(), message("dashboard.pesSupported.note", owes.count()))).toList();
        return List.of(new DashboardCard(admin ? "rops-pes-supported" : "committee-pes-supported", admin ? 910 : 20,
                message("dashboard.pesSupported", supported.from().getYear()), supported.region(), items,
                admin ? "/support" : null, admin ? message("dashboard.pesSupported.more") : null,
                message("dashboard.pesSupported.empty")));
    }
}
