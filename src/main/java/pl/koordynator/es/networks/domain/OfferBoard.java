package pl.koordynator.es.networks.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** The cooperation offers board: needs and offers, their matches, closing with the outcome. */
@Service
public class OfferBoard {

    public PageOf<OfferView> search(OfferQuery query, Paging paging) {
        throw new UnsupportedOperationException("skeleton");
    }

    public OfferView get(long id) {
        throw new UnsupportedOperationException("skeleton");
    }

    public OfferView post(OfferInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Open offers of the other side with the same category whose territory overlaps. */
    public List<OfferView> matches(long id) {
        throw new UnsupportedOperationException("skeleton");
    }

    public OfferView close(long id, OfferClosing closing) {
        throw new UnsupportedOperationException("skeleton");
    }
}
