package pl.koordynator.es.networks.domain;

import org.springframework.stereotype.Service;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Declared ties (entered, confirmed by the other side) and the derived ones, scoped to the caller. */
@Service
public class TieService {

    public PageOf<TieView> search(TieQuery query, Paging paging) {
        throw new UnsupportedOperationException("skeleton");
    }

    public TieView get(long id) {
        throw new UnsupportedOperationException("skeleton");
    }

    public TieView create(TieInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    public TieView update(long id, TieInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    public TieView confirm(long id) {
        throw new UnsupportedOperationException("skeleton");
    }
}
