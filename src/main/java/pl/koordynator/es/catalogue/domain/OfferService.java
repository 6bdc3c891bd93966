package pl.koordynator.es.catalogue.domain;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferInput;
import pl.koordynator.es.catalogue.OfferQuery;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.catalogue.OfferView;
import pl.koordynator.es.catalogue.ReviewEntry;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Offers: writing, the review workflow, the public search and view counts. */
@Service
@Transactional
public class OfferService implements CatalogueOffers {

    private final JdbcClient jdbc;

    OfferService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Checks that the caller may edit the offer (its PES, the serving OWES, ROPS) and that it is
     * not withdrawn; 404 when the caller may not see it, 403 when they may see but not edit.
     */
    public void requireEditable(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * A photo of the offer was added or removed: a published offer goes back to review (its
     * photos are part of what ROPS checked), others stay as they are.
     */
    public void photosChanged(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView create(OfferInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView update(long offerId, long version, OfferInput input) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView submit(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView publish(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView returnForChanges(long offerId, String comment) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public OfferView withdraw(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public OfferView offer(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewEntry> history(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<OfferSummary> offers(OfferQuery query, Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<OfferSummary> reviewQueue(Paging paging) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public OfferSearchResult search(OfferSearch search) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfferSummary> publishedOf(long organisationId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return jdbc.sql("""
                select c.code, c.parent_code, c.name_pl, c.name_en, c.position
                from catalogue_category c left join catalogue_category p on p.code = c.parent_code
                order by coalesce(p.position, c.position), c.parent_code nulls first, c.position""")
                .query(Category.class).list();
    }

    @Override
    public void recordView(long offerId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    @Transactional(readOnly = true)
    public long recentViews(long organisationId, int days) {
        throw new UnsupportedOperationException("not yet");
    }
}
