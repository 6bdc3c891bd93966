package pl.koordynator.es.catalogue;

import java.util.List;

import pl.koordynator.es.shared.PageOf;

/**
 * A page of published offers and the facets of the search: top categories, powiats and gminas
 * served, PES kinds, social enterprise status ({@code true}/{@code false}) and the mark
 * ({@code true}/{@code false}); values with no offer are left out.
 */
public record OfferSearchResult(PageOf<OfferSummary> offers, List<FacetCount> categories, List<FacetCount> powiats,
        List<FacetCount> gminas, List<FacetCount> pesKinds, List<FacetCount> socialEnterprise,
        List<FacetCount> marked) {
}
