package pl.koordynator.es.catalogue.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferQuery;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.Paging;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * {@code catalogue}: a PES's published offers, each linking to its page in the public catalogue,
 * and the "Zakup Prospołeczny" marks it holds (licence number, valid until). Those who write its
 * offers (the PES, its OWES, ROPS) also see how many it has in all, drafts included, with a link
 * to them. The published offers in one query, the writer's count in one, and one read per marked
 * offer among the rows shown (a PES holds a few marks at most).
 */
@Component("catalogueOrganisationActivity")
class CatalogueOrganisationActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CatalogueOffers offers;
    private final UserAccounts users;

    CatalogueOrganisationActivity(CatalogueOffers offers, UserAccounts users) {
        this.offers = offers;
        this.users = users;
    }

    @Override
    public List<ActivitySection> sections(OrganisationView organisation) {
        if (organisation.kind() == null || !organisation.kind().isPes()) {
            return List.of();
        }
        Caller caller = users.caller();
        boolean writer = caller.admin() || caller.actsFor(organisation.id())
                || (caller.owesId() != null && caller.owesId().equals(organisation.owesId()));
        List<OfferSummary> published = offers.publishedOf(organisation.id());
        long all = writer ? offers.offers(new OfferQuery(null, organisation.id(), null), new Paging(0, 1)).total() : 0;
        if (published.isEmpty() && all == 0) {
            return List.of();
        }
        List<OfferSummary> shown = published.subList(0, Math.min(published.size(), ActivitySection.FIRST_ROWS));
        List<Row> rows = new ArrayList<>();
        for (OfferSummary offer : shown) {
            if (offer.marked()) {
                OfferView marked = offers.offer(offer.id());
                rows.add(new Row(literal(offer.name()), "/katalog/oferty/" + offer.id(),
                        message("catalogue.pages.card.mark", literal(marked.licenceNumber()),
                                literal(marked.markValidUntil() == null ? "" : DATE.format(marked.markValidUntil())))));
            } else {
                rows.add(new Row(literal(offer.name()), "/katalog/oferty/" + offer.id(), null));
            }
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("published", message("catalogue.pages.card.published"), published.size()));
        figures.add(new Figure("marked", message("catalogue.pages.card.marked"),
                published.stream().filter(OfferSummary::marked).count()));
        if (writer) {
            figures.add(new Figure("all", message("catalogue.pages.card.all"), all));
        }
        return List.of(new ActivitySection("catalogue-offers", 65, message("catalogue.pages.card.offers"),
                List.of(new FigureGroup("summary", null, figures)), rows, published.size(),
                writer ? "/oferty?organisation=" + organisation.id() : null,
                message("catalogue.pages.card.offers.more"), message("catalogue.pages.card.offers.none")));
    }
}
